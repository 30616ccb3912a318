export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;

  return sorted.length % 2
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 'x';
  reference: string;
  /** The target the figure is held to, in the same unit. */
  target: number;
  runs: number;
}

export function formatFigure(figure: Figure): string {
  const within = figure.value <= figure.target ? 'within' : 'OVER';
  const value =
    figure.unit === 'x' ? `${figure.value.toFixed(2)}x` : `${figure.value.toFixed(1)} ms`;
  const target = figure.unit === 'x' ? `${figure.target}x` : `${figure.target} ms`;

  return `${figure.name.padEnd(44)} ${value.padStart(10)}  target ${target.padEnd(8)} ${within}  (${figure.reference}; ${figure.runs} runs)`;
}
