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
  /** The target the figure is held to, in the same unit; none for a reference. */
  target?: number;
  runs: number;
}

export function formatFigure(figure: Figure): string {
  const show = (n: number) =>
    figure.unit === 'x' ? `${n.toFixed(2)}x` : `${n.toFixed(1)} ms`;
  const verdict =
    figure.target === undefined
      ? ''.padEnd(23)
      : `target ${show(figure.target).padEnd(9)} ${figure.value <= figure.target ? 'within' : 'OVER  '}`;

  return `${figure.name.padEnd(44)} ${show(figure.value).padStart(10)}  ${verdict}  (${figure.reference}; ${figure.runs} runs)`;
}
