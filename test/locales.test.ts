import { describe, expect, it } from 'vitest';
import { en } from '../locales/en/index.js';
import { fr } from '../locales/fr/index.js';

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, path = ''): Leaf[] {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) =>
      leaves(value, path ? `${path}.${key}` : key),
    );
  }

  return [{ path, value: node }];
}

/** Calls a message function with a value for every named argument it reads. */
function render(value: unknown): string {
  if (typeof value === 'function') {
    const args = new Proxy(
      {},
      { get: (_, key) => (typeof key === 'string' ? `<${key}>` : undefined) },
    );

    return String(value(args));
  }

  return Array.isArray(value) ? value.join('\n') : String(value);
}

const english = new Map(leaves(en).map((leaf) => [leaf.path, leaf.value]));
const french = new Map(leaves(fr).map((leaf) => [leaf.path, leaf.value]));

describe('locales', () => {
  it('have the same keys in French and English', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('give every key the same kind of value in both languages', () => {
    for (const [path, value] of english) {
      expect(typeof french.get(path), path).toBe(typeof value);
    }
  });

  it('leave no message empty', () => {
    for (const [path, value] of [...english, ...french]) {
      expect(render(value).trim().length, path).toBeGreaterThan(0);
    }
  });

  it('use the same named arguments in both languages', () => {
    const names = (value: unknown) =>
      typeof value !== 'function'
        ? []
        : [...render(value).matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();
    for (const [path, value] of english) {
      expect(names(french.get(path)), path).toEqual(names(value));
    }
  });

  it('translate every sentence: no French message is the English one', () => {
    // System labels, product names and short codes are the same in both.
    const sentence = /\b[a-z]{3,}\b.*\s.*\b[a-z]{3,}\b/i;
    for (const [path, value] of english) {
      const text = render(value);
      if (!sentence.test(text) || text.split(/\s+/).length < 4) continue;
      expect(render(french.get(path)), path).not.toBe(text);
    }
  });
});

describe('the review’s counts', () => {
  const counts = (
    compliant: number,
    notCompliant: number,
    riskAccepted: number,
    notChecked: number,
  ) => ({
    compliant,
    notCompliant,
    riskAccepted,
    notChecked,
  });

  it('are singular in French for none and one, plural above', () => {
    expect(fr.wizard.review.counted(counts(1, 0, 1, 0))).toBe(
      'comptés : 1 conforme, 0 non conforme, 1 risque accepté, 0 non vérifié',
    );
    expect(fr.wizard.review.counted(counts(2, 3, 4, 5))).toBe(
      'comptés : 2 conformes, 3 non conformes, 4 risques acceptés, 5 non vérifiés',
    );
  });

  it('count accepted risks as English does', () => {
    expect(en.wizard.review.counted(counts(0, 0, 0, 0))).toContain(', 0 risks accepted,');
    expect(en.wizard.review.counted(counts(0, 0, 1, 0))).toContain(', 1 risk accepted,');
    expect(en.wizard.review.counted(counts(0, 0, 2, 0))).toContain(', 2 risks accepted,');
  });
});
