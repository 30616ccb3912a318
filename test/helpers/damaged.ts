/**
 * The ways a store file goes bad: a full disk, a cut copy, a stray editor,
 * another program. Each is read back from disk exactly as written here, so
 * a test can check that what was moved aside is the very same bytes.
 */
import { seeded } from './random.js';

/** How a file moved aside is named: beside the original, the time in its name. */
export const STAMP = /\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/;

const random = seeded(1143);

/** Damaged versions of a session file whose valid text is `valid`. */
export function damages(valid: string): Record<string, Buffer> {
  return {
    empty: Buffer.alloc(0),
    truncated: Buffer.from(valid.slice(0, Math.floor(valid.length / 2))),
    'cut inside a character': Buffer.from('{"customer": "Clinique Saint-É').subarray(
      0,
      30,
    ),
    binary: Buffer.concat([Buffer.from([0, 0xff, 0xfe, 0x7b]), random.bytes(300)]),
    'null bytes': Buffer.alloc(4096),
    'byte order mark and text': Buffer.from('\ufeffnot json at all'),
    'json null': Buffer.from('null'),
    'json array': Buffer.from('[1, 2, 3]'),
    'json number': Buffer.from('42'),
    'json text': Buffer.from('"Dupont SA"'),
    'empty object': Buffer.from('{}'),
    'another session': Buffer.from(valid.replace(/"id": ?"seeded-1"/, '"id": "other-9"')),
    'unknown language': Buffer.from(valid.replace(/"lang": ?"en"/, '"lang": "xx"')),
    'visit missing': Buffer.from(JSON.stringify({ ...JSON.parse(valid), visit: null })),
  };
}
