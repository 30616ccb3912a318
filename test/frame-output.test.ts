import { describe, expect, it } from 'vitest';
import InkOutput from '../node_modules/ink/build/output.js';
import FrameOutput from '../src/ui/frame-output.js';
import { seeded, type Random } from './helpers/random.js';

type Transformer = (line: string, index: number) => string;
type Step =
  | { kind: 'write'; x: number; y: number; text: string; transformers: Transformer[] }
  | { kind: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number }
  | { kind: 'unclip' };

interface Frame {
  width: number;
  height: number;
  steps: Step[];
}

const PIECES = [
  'Mot de passe',
  'Sécurité « réseau »',
  '50443 → 82 A3',
  '✓ conforme',
  '✗',
  '─'.repeat(12),
  '│',
  '日本語',
  '🚀 go',
  'e\u0301te\u0301',
  '  ',
  '\u001b[1mgras\u001b[22m',
  '\u001b[36m› Français\u001b[39m',
  '\u001b[38;5;208morange\u001b[39m',
  '\u001b[38;2;10;20;30m\u001b[48;5;4mfond\u001b[49m\u001b[39m',
  '\u001b]8;;https://example.org\u0007lien\u001b]8;;\u0007',
  '\u001b[2m\u001b[3mdim italic',
  // What string-width and slice-ansi count differently: a tab, a byte-order
  // mark, direction and zero-width marks, a soft hyphen, a lone flag letter.
  'a\tb',
  'Société\ufeff X',
  'Caf\u200eé',
  'Mot\u00adde\u00adpasse',
  '\u200b',
  '\u{1f1e6}xy',
];

const TRANSFORMERS: Transformer[] = [
  (line) => `\u001b[32m${line}\u001b[39m`,
  (line, index) => (index % 2 ? `\u001b[1m${line}\u001b[22m` : line),
  (line) => line.toUpperCase(),
  (line, index) => `${index}:${line}`,
];

function text(random: Random): string {
  const lines = Array.from({ length: random.int(1, 4) }, () =>
    Array.from({ length: random.int(0, 4) }, () => random.pick(PIECES)).join(
      random.pick(['', ' ']),
    ),
  );

  return lines.join('\n');
}

function frame(random: Random): Frame {
  const width = random.int(1, 90);
  const height = random.int(1, 26);
  const steps: Step[] = [];
  for (let i = random.int(0, 30); i > 0; i--) {
    const roll = random.next();
    if (roll < 0.1) {
      const across = random.chance(0.7);
      const down = random.chance(0.7);
      const x1 = random.int(-2, width);
      const y1 = random.int(-2, height);
      steps.push({
        kind: 'clip',
        ...(across ? { x1, x2: x1 + random.int(0, width) } : {}),
        ...(down ? { y1, y2: y1 + random.int(0, height) } : {}),
      });
    } else if (roll < 0.15) {
      steps.push({ kind: 'unclip' });
    } else {
      steps.push({
        kind: 'write',
        x: random.int(-4, width + 2),
        y: random.int(-3, height + 1),
        text: random.chance(0.05) ? '' : text(random),
        transformers: Array.from({ length: random.int(0, 2) }, () =>
          random.pick(TRANSFORMERS),
        ),
      });
    }
  }

  return { width, height, steps };
}

function draw(
  Output: typeof InkOutput | typeof FrameOutput,
  { width, height, steps }: Frame,
) {
  const output = new Output({ width, height });
  for (const step of steps) {
    if (step.kind === 'write') {
      output.write(step.x, step.y, step.text, { transformers: step.transformers });
    } else if (step.kind === 'clip') {
      output.clip({ x1: step.x1, x2: step.x2, y1: step.y1, y2: step.y2 });
    } else {
      output.unclip();
    }
  }

  return output.get();
}

describe('the frame drawing the wizard gives ink', () => {
  it('draws 1500 random frames exactly as ink does, again when they come back', () => {
    const random = seeded(1143);
    for (let run = 0; run < 1500; run++) {
      const case_ = frame(random);
      const expected = draw(InkOutput, case_);
      expect(draw(FrameOutput, case_), `case ${run}`).toEqual(expected);
      // The second time, every row comes from what was kept.
      expect(draw(FrameOutput, case_), `case ${run}, again`).toEqual(expected);
    }
  });

  it('draws a row anew when only a style in it changed', () => {
    const row = (color: number): Frame => ({
      width: 20,
      height: 2,
      steps: [
        {
          kind: 'write',
          x: 2,
          y: 0,
          text: 'Français',
          transformers: [(line) => `\u001b[3${color}m${line}\u001b[39m`],
        },
      ],
    });
    for (const color of [6, 2, 6]) {
      expect(draw(FrameOutput, row(color))).toEqual(draw(InkOutput, row(color)));
    }
  });

  it('tells rows apart whose texts would read the same run together', () => {
    const pieces = (texts: Array<[number, string]>): Frame => ({
      width: 30,
      height: 1,
      steps: texts.map(([x, text]) => ({
        kind: 'write',
        x,
        y: 0,
        text,
        transformers: [],
      })),
    });
    const one = pieces([[0, 'ab|3,cd']]);
    const two = pieces([
      [0, 'ab'],
      [3, 'cd'],
    ]);
    for (const case_ of [one, two, one]) {
      expect(draw(FrameOutput, case_)).toEqual(draw(InkOutput, case_));
    }
  });

  it('leaves to ink a frame whose styling breaks a line', () => {
    const breaking: Frame = {
      width: 10,
      height: 3,
      steps: [
        {
          kind: 'write',
          x: 0,
          y: 0,
          text: 'abc',
          transformers: [(line) => `${line}\nxyz`],
        },
      ],
    };
    expect(draw(FrameOutput, breaking)).toEqual(draw(InkOutput, breaking));
  });
});
