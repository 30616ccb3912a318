import { describe, expect, it } from 'vitest';
import { formatRelease, parseRelease, type Release } from '../src/release.js';

function parsed(input: string, product?: 'oxo' | 'oxo-connect'): Release {
  const result = parseRelease(input, product);
  if (!result.ok) throw new Error(`refused ${input}: ${result.error.code}`);

  return result.release;
}

describe('release parsing', () => {
  it.each([
    ['R910/021.001', 'R9.1', [21, 1]],
    ['910/021.001', 'R9.1', [21, 1]],
    ['r910/021.001', 'R9.1', [21, 1]],
    ['R9.1', 'R9.1', null],
    ['R910', 'R9.1', null],
    ['R10.0', 'R10.0', null],
    ['R10.0/010.001', 'R10.0', [10, 1]],
    ['  R820/026.007 ', 'R8.2', [26, 7]],
    ['R9.1/021.001', 'R9.1', [21, 1]],
    ['OmniPCX Office RCE R7.1', 'R7.1', null],
  ])('reads %s as line %s', (input, line, version) => {
    const release = parsed(input);
    expect(release.line).toBe(line);
    expect(release.version).toEqual(version);
    expect(release.era).toBe('in-note');
    expect(release.noteLine).toBe(line);
    expect(release.warnings).toEqual([]);
  });

  it('reads OXO Connect as newer than the note', () => {
    const release = parsed('OXO Connect R5.1');
    expect(release).toMatchObject({
      product: 'oxo-connect',
      line: 'R5.1',
      noteLine: 'R10.0',
    });
    expect(release.warnings).toEqual([{ code: 'oxo-connect', line: 'R5.1' }]);
    expect(parsed('R2.1', 'oxo-connect').product).toBe('oxo-connect');
  });

  it('refuses an OXO Connect line before R2.0', () => {
    expect(parseRelease('OXO Connect R1.5')).toMatchObject({
      ok: false,
      error: { code: 'oxo-connect-line' },
    });
  });

  it('treats a line newer than R10.0 as R10.0, with a warning', () => {
    const release = parsed('R11.0');
    expect(release.noteLine).toBe('R10.0');
    expect(release.era).toBe('after-note');
    expect(release.warnings).toEqual([{ code: 'newer-than-note', line: 'R11.0' }]);
  });

  it('accepts a line older than R3.1, with a warning', () => {
    for (const input of ['R1.1', 'R210', 'R2.1/010.001']) {
      const release = parsed(input);
      expect(release.noteLine).toBeNull();
      expect(release.era).toBe('before-note');
      expect(release.warnings[0]?.code).toBe('older-than-note');
    }
  });

  it.each(['R9.5', 'R3.2', 'R8.3', 'R6.0', 'R950/010.001'])(
    'refuses %s, a line that never existed',
    (input) => {
      expect(parseRelease(input)).toMatchObject({
        ok: false,
        error: { code: 'unknown-line' },
      });
    },
  );

  it.each([
    '',
    'nine',
    'R9',
    'R9.1.2',
    'R911',
    '910/21',
    'R9.1/',
    'R9.1/abc.001',
    'R91/021.001',
  ])('refuses the malformed %j', (input) => {
    expect(parseRelease(input)).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  it('writes a release back the way the note does', () => {
    expect(formatRelease(parsed('r910/21.1'))).toBe('R910/021.001');
    expect(formatRelease(parsed('R9.1'))).toBe('R9.1');
    expect(formatRelease(parsed('R10.0/010.001'))).toBe('R10.0/010.001');
    expect(formatRelease(parsed('OXO Connect R5.1'))).toBe('OXO Connect R5.1');
  });
});
