import { describe, expect, it } from 'vitest';
import { parseRelease } from '../src/release.js';

/** A small seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;

  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const VALID = [
  'R910/021.001',
  '910/021.001',
  'R9.1',
  'R10.0/010.001',
  'OXO Connect R5.1',
];
const ALPHABET = 'Rr0123456789./ -_:OXCconect\t\u00e9\u0000\u202e';

function mutate(next: () => number, text: string): string {
  const chars = [...text];
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (chars.length + 1));
    const char = ALPHABET[Math.floor(next() * ALPHABET.length)]!;
    const kind = next();
    if (kind < 0.4) chars.splice(at, 1);
    else if (kind < 0.8) chars.splice(at, 0, char);
    else chars[at] = char;
  }

  return chars.join('');
}

describe('release parser under random input', () => {
  it('answers every input with a release or a refusal, never an exception', () => {
    const next = random(20261203);
    let refused = 0;
    const cases = 20_000;
    for (let i = 0; i < cases; i++) {
      const input =
        next() < 0.5
          ? mutate(next, VALID[Math.floor(next() * VALID.length)]!)
          : Array.from({ length: Math.floor(next() * 20) }, () =>
              String.fromCharCode(Math.floor(next() * 0x3000)),
            ).join('');
      const result = parseRelease(input);
      if (result.ok) {
        expect(result.release.line, input).toMatch(/^R\d{1,2}\.\d$/);
      } else {
        refused++;
        expect(['format', 'unknown-line', 'oxo-connect-line'], input).toContain(
          result.error.code,
        );
      }
    }
    // The mix must exercise both outcomes, or it proves nothing.
    expect(refused).toBeGreaterThan(cases / 4);
    expect(refused).toBeLessThan(cases);
  });
});
