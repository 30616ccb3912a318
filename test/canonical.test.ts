import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalize, CanonicalError } from '../src/canonical.js';

/** An IEEE-754 double from its 16 hex digits, as RFC 8785 Appendix B lists them. */
function double(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));

  return view.getFloat64(0);
}

describe('canonical json', () => {
  it('writes the example of rfc 8785 section 3.2.2 exactly', () => {
    // The RFC's input as JSON text, so its number literals go through the
    // same parser any reader's tool would use.
    const input = JSON.parse(
      String.raw`{
        "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
        "literals": [null, true, false]
      }`,
    );

    expect(canonicalize(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('encodes the result as utf-8, the euro sign as e2 82 ac', () => {
    expect(canonicalBytes({ a: '€' }).toString('hex')).toBe('7b2261223a22e282ac227d');
  });

  it('sorts keys by utf-16 code units as in rfc 8785 section 3.2.3', () => {
    const input = JSON.parse(
      String.raw`{
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\ud83d\ude00": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis"
      }`,
    );
    const keys = Object.keys(JSON.parse(canonicalize(input)) as object);

    // JSON.parse puts the integer-like "1" first whatever the text says, so
    // the order is read from the canonical text itself.
    const order = [...canonicalize(input).matchAll(/"([^"]*)":"([^"]*)"/g)].map(
      (m) => m[2],
    );
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
    expect(keys).toHaveLength(7);
  });

  it('sorts nested objects too and keeps array order', () => {
    expect(canonicalize({ b: [3, 1, { z: 1, a: 2 }], a: { d: null, c: true } })).toBe(
      '{"a":{"c":true,"d":null},"b":[3,1,{"a":2,"z":1}]}',
    );
  });

  it('writes the numbers of rfc 8785 appendix b as listed', () => {
    const samples: Array<[string, string]> = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [hex, text] of samples) {
      expect(canonicalize(double(hex)), hex).toBe(text);
    }
  });

  it('refuses the non-finite numbers of appendix b', () => {
    for (const hex of ['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000']) {
      expect(() => canonicalize([double(hex)]), hex).toThrow(CanonicalError);
    }
  });

  it('escapes only quotes, backslashes and control characters', () => {
    expect(canonicalize('a"b\\c\u0001\u001f\b\t\n\f\r/é<>&\u007f\u2028')).toBe(
      '"a\\"b\\\\c\\u0001\\u001f\\b\\t\\n\\f\\r/é<>&\u007f\u2028"',
    );
  });

  it('keeps a surrogate pair and refuses a lone surrogate', () => {
    expect(canonicalize('😀')).toBe('"😀"');
    expect(() => canonicalize({ name: 'a\ud800b' })).toThrow(
      'cannot canonicalise name: a lone UTF-16 surrogate',
    );
    expect(() => canonicalize('\udc00')).toThrow(CanonicalError);
  });

  it('refuses values json cannot hold, naming where they are', () => {
    expect(() => canonicalize({ a: { b: undefined } })).toThrow(
      'cannot canonicalise a.b: a value of type undefined',
    );
    expect(() => canonicalize({ list: [1, () => 1] })).toThrow(
      'cannot canonicalise list[1]: a value of type function',
    );
    expect(() => canonicalize({ when: new Date(0) })).toThrow(
      'cannot canonicalise when: an object of kind Date',
    );
    expect(() => canonicalize(new Map())).toThrow('an object of kind Map');
    expect(() => canonicalize(10n)).toThrow('a value of type bigint');
    expect(() => canonicalize({ n: NaN })).toThrow(
      'cannot canonicalise n: the number NaN, which JSON cannot hold',
    );
  });

  it('refuses a cycle but accepts the same object twice', () => {
    const shared = { x: 1 };
    expect(canonicalize([shared, shared])).toBe('[{"x":1},{"x":1}]');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalize(loop)).toThrow('cannot canonicalise self: a cycle');
  });

  it('gives the same text whatever order the keys were written in', () => {
    const a = JSON.parse('{"b":1,"a":{"y":[1,2],"x":"é"}}');
    const b = JSON.parse('{"a":{"x":"é","y":[1,2]},"b":1}');
    expect(canonicalize(a)).toBe(canonicalize(b));
    expect(canonicalize(a)).toBe('{"a":{"x":"é","y":[1,2]},"b":1}');
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.k = 'v';
    expect(canonicalize(bare)).toBe('{"k":"v"}');
  });
});
