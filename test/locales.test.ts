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
