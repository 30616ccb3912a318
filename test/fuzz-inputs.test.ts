/**
 * What an installer types or hands over, at random: ports, forwarding
 * rules, `ports` command lines, and answers files mutated from the shipped
 * sample. Every input gets an answer or a refusal in words, never an
 * exception; in-process for volume, then a batch through the built program
 * for the exit codes and the standard error a terminal shows.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAnswers } from '../src/answers-file.js';
import { describeProblem, run as report } from '../src/commands/report.js';
import { run as ports } from '../src/commands/ports.js';
import { run as verify } from '../src/commands/verify.js';
import { messages } from '../src/i18n.js';
import {
  extHttpsPo,
  parseExtHttpsPo,
  parseForwardSpec,
  parsePort,
} from '../src/ports/index.js';
import { ITEMS } from '../steps/index.js';
import { CONTROL, runCommand } from './helpers/command.js';
import { mutateBytes, mutateJson, pathsOf } from './helpers/mutate.js';
import {
  ensureBuilt,
  environment,
  inBatches,
  ROOT,
  runProgram,
  STACK_FRAME,
  tempHome,
} from './helpers/program.js';
import { seeded, type Random } from './helpers/random.js';

const SAMPLE_PATH = join(ROOT, 'examples', 'answers.sample.json');
const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');
const SAMPLE_JSON = JSON.parse(SAMPLE) as Record<string, unknown>;
const BULLET = '  • ';

function portLike(random: Random): string {
  const pieces = ['0', '1', '443', '50443', '65535', '65536', '99999', '080', ' ', '\t'];
  const odd = ['-', '+', '.', 'e', 'x', '0x', '١', '５', '\u00a0', 'trunk', ':', '₃'];
  const length = random.int(0, 4);

  return Array.from({ length }, () =>
    random.chance(0.7) ? random.pick(pieces) : random.pick(odd),
  ).join('');
}

/** Mostly a port as typed, now and then one with a stray character. */
function portOrNearly(random: Random): string {
  const port = String(random.int(1, 65535));

  return random.chance(0.7) ? port : portLike(random);
}

function specLike(random: Random): string {
  if (random.chance(0.5)) {
    const rule = `${portOrNearly(random)}:${portOrNearly(random)}`;
    return random.chance(0.3)
      ? `${rule}:${random.pick(['trunk', 'TRUNK', 'tronc'])}`
      : rule;
  }
  const parts = Array.from({ length: random.int(0, 4) }, () =>
    random.chance(0.2)
      ? random.pick(['trunk', 'TRUNK', 'Trunk', 'tronc', ''])
      : portLike(random),
  );

  return parts.join(random.chance(0.9) ? ':' : random.pick([';', '::', ' : ']));
}

/** What chapter 3 means by a port: digits only, 1 to 65535. */
function expectedPort(input: string): number | null {
  const text = input.trim();
  if (!/^[0-9]{1,5}$/.test(text)) return null;
  const port = Number(text);

  return port >= 1 && port <= 65535 ? port : null;
}

describe('ports under random input', () => {
  it('reads back every port from 1 to 65535, typed or as ExtHttpsPo', () => {
    for (let port = 1; port <= 65535; port++) {
      if (parsePort(String(port)) !== port) throw new Error(`port ${port}`);
      if (parseExtHttpsPo(extHttpsPo(port)) !== port)
        throw new Error(`ExtHttpsPo ${port}`);
    }
    expect(parsePort('0')).toBeNull();
    expect(parseExtHttpsPo('00 00')).toBeNull();
  });

  it('answers 20 000 random texts with a port in range or a refusal', () => {
    const random = seeded(3301);
    let accepted = 0;
    for (let n = 0; n < 20_000; n++) {
      const input = random.chance(0.8)
        ? portLike(random)
        : random.bytes(random.int(0, 12)).toString('latin1');
      const port = parsePort(input);
      expect(port, JSON.stringify(input)).toBe(expectedPort(input));
      const ext = parseExtHttpsPo(input);
      if (ext !== null) expect(ext >= 1 && ext <= 65535, input).toBe(true);
      if (port !== null) accepted++;
    }
    expect(accepted).toBeGreaterThan(1000);
    expect(accepted).toBeLessThan(18_000);
  });

  it('reads 20 000 random forwarding rules into ports in range, or names the part refused', () => {
    const random = seeded(3302);
    const seen = { ok: 0, syntax: 0, port: 0 };
    for (let n = 0; n < 20_000; n++) {
      const input = specLike(random);
      const parsed = parseForwardSpec(input);
      const parts = input.trim().split(':');
      if (parsed.ok) {
        seen.ok++;
        expect(parsed.rule.publicPort, input).toBe(expectedPort(parts[0]!));
        expect(parsed.rule.oxoPort, input).toBe(expectedPort(parts[1]!));
        expect(parsed.rule.trunk ?? false, input).toBe(
          parts[2]?.toLowerCase() === 'trunk',
        );
      } else if (parsed.error.code === 'port') {
        seen.port++;
        expect(parts.slice(0, 2), input).toContain(parsed.error.value);
        expect(expectedPort(parsed.error.value), input).toBeNull();
      } else {
        seen.syntax++;
      }
    }
    expect(Math.min(seen.ok, seen.port, seen.syntax)).toBeGreaterThan(1000);
  });
});

const RELEASES = [
  'R9.1',
  'R910/021.001',
  'R8.2',
  'R7.1',
  'R9.9',
  '',
  'bogus',
  'OXO Connect R5.1',
];

function portsArgs(random: Random): string[] {
  const args: string[] = [];
  if (random.chance(0.6)) args.push('--public', portOrNearly(random));
  for (let n = random.int(0, 3); n > 0; n--) args.push('--forward', specLike(random));
  if (random.chance(0.85)) {
    const known = random.chance(0.7);
    args.push('--release', random.pick(known ? RELEASES.slice(0, 4) : RELEASES));
  }
  if (random.chance(0.2)) args.push('--json');
  if (random.chance(0.05)) args.push(random.pick(['--bogus', 'extra', '--public']));

  return args;
}

describe('the ports command under random flags', () => {
  it('plans, checks or refuses 3000 random command lines in one line', async () => {
    const random = seeded(3303);
    const home = tempHome();
    const codes = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
    for (let n = 0; n < 3000; n++) {
      const args = portsArgs(random);
      const outcome = await runCommand(ports, args, { home });
      const name = JSON.stringify(args);
      expect(outcome.bug, name).toBeNull();
      expect([0, 1, 2], name).toContain(outcome.code);
      codes[outcome.code]!++;
      if (outcome.code === 2) {
        expect(outcome.stdout, name).toBe('');
        expect(outcome.stderr.split('\n'), name).toHaveLength(2);
      } else {
        expect(outcome.stdout, name).not.toBe('');
      }
      expect(CONTROL.test(outcome.stdout.replace(/\t/g, '')), name).toBe(false);
    }
    expect(Math.min(codes[0]!, codes[1]!, codes[2]!)).toBeGreaterThan(50);
  });
});

/** Free texts of the sample: names, roles, addresses, reasons. */
const TEXT_PATHS = pathsOf(SAMPLE_JSON).filter((path) =>
  ['customer', 'name', 'address', 'company', 'role', 'reason', 'by'].includes(
    String(path[path.length - 1]),
  ),
);
const ODD_TEXTS = [
  'x'.repeat(5000),
  '\u001b[2J\u001b[31mrouge\u0007',
  'line one\nline two\r\n',
  '<script>alert(1)</script> & </script>',
  '**bold** _under_ `code` | pipe | # heading',
  '```\nfence\n```',
  '\u202e reversed \u202c «guillemets» ’',
  '"quoted" \\ backslash',
  '😀 emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

/**
 * A mutated copy of the sample: its JSON edited, or its bytes damaged; with
 * `texts`, only its free texts made odd, which a reader of answers accepts.
 */
function answersLike(random: Random, texts = false): string {
  if (texts) {
    const copy = structuredClone(SAMPLE_JSON);
    for (let n = random.int(1, 4); n > 0; n--) {
      const path = random.pick(TEXT_PATHS);
      let parent: any = copy;
      for (const key of path.slice(0, -1)) parent = parent[key];
      parent[path[path.length - 1]!] = random.pick(ODD_TEXTS);
    }
    return JSON.stringify(copy, null, 2);
  }
  if (random.chance(0.7))
    return JSON.stringify(mutateJson(random, SAMPLE_JSON, random.int(1, 4)), null, 2);

  return mutateBytes(random, Buffer.from(SAMPLE)).toString('utf8');
}

describe('answers files under mutation', () => {
  it('reads 4000 mutated samples into a visit, or problems worded in one line each', () => {
    const random = seeded(3304);
    let refused = 0;
    for (let n = 0; n < 4000; n++) {
      const text = answersLike(random);
      const result = readAnswers(text, ITEMS);
      if (result.ok) continue;
      refused++;
      expect(result.problems.length, text).toBeGreaterThan(0);
      for (const lang of ['en', 'fr'] as const) {
        for (const problem of result.problems) {
          const line = describeProblem(messages(lang).answersFile, problem);
          expect(line, JSON.stringify(problem)).toMatch(/\S/);
          expect(line, JSON.stringify(problem)).not.toContain('undefined');
          expect(CONTROL.test(line) || line.includes('\n'), JSON.stringify(line)).toBe(
            false,
          );
        }
      }
    }
    expect(refused).toBeGreaterThan(1000);
    expect(refused).toBeLessThan(3900);
  });

  it('signs and writes, or refuses, 150 mutated samples through report --answers', async () => {
    const random = seeded(3305);
    const home = tempHome();
    const codes = { 0: 0, 2: 0 } as Record<number, number>;
    for (let n = 0; n < 150; n++) {
      const file = join(home, `answers-${n}.json`);
      writeFileSync(file, answersLike(random, n % 2 === 0));
      const out = join(home, `out-${n}`);
      const args = ['--answers', file, '--out', out, '--format', 'json,md,html'];
      const outcome = await runCommand(report, args, { home });
      const name = readFileSync(file, 'utf8').slice(0, 2000);
      expect(outcome.bug, name).toBeNull();
      expect([0, 2], name).toContain(outcome.code);
      codes[outcome.code]!++;
      expect(CONTROL.test(outcome.stderr), outcome.stderr).toBe(false);
      if (outcome.code === 2) {
        const [headline, ...rest] = outcome.stderr.trimEnd().split('\n');
        expect(headline, outcome.stderr).not.toMatch(/^\s/);
        for (const line of rest)
          expect(line.startsWith(BULLET), outcome.stderr).toBe(true);
        continue;
      }
      // Whatever the texts hold, every file written verifies.
      for (const written of readdirSync(out)) {
        const checked = await runCommand(verify, [join(out, written)], { home });
        expect({ written, code: checked.code, stderr: checked.stderr }).toEqual({
          written,
          code: 0,
          stderr: '',
        });
      }
    }
    expect(Math.min(codes[0]!, codes[2]!)).toBeGreaterThan(10);
  }, 60_000);
});

describe('the built program under random input', () => {
  beforeAll(ensureBuilt, 120_000);

  it('exits 0, 1 or 2 with no stack trace: 16 ports and 16 answers files', async () => {
    const random = seeded(3306);
    const home = tempHome();
    const env = environment(home, { NO_COLOR: '1' });
    mkdirSync(join(home, 'in'));
    const runs = [
      ...Array.from({ length: 16 }, () => ({
        kind: 'ports',
        args: ['ports', ...portsArgs(random)],
      })),
      ...Array.from({ length: 16 }, (_, n) => {
        const file = join(home, 'in', `answers-${n}.json`);
        writeFileSync(file, answersLike(random));
        const out = join(home, `out-${n}`);
        return {
          kind: 'report',
          args: ['report', '--answers', file, '--out', out, '--format', 'json'],
        };
      }),
    ];
    const results = await inBatches(runs, 4, async ({ kind, args }) => ({
      kind,
      args,
      ran: await runProgram([...args, '--lang', 'en'], { env }),
    }));
    const codes = new Set<number | null>();
    for (const { kind, args, ran } of results) {
      const name = `${JSON.stringify(args)}\n${ran.stderr}`;
      codes.add(ran.status);
      expect([0, 1, 2], name).toContain(ran.status);
      expect(ran.stderr, name).not.toMatch(STACK_FRAME);
      if (ran.status !== 2) continue;
      if (kind === 'ports') expect(ran.stderr.split('\n'), name).toHaveLength(2);
      else {
        const [, ...rest] = ran.stderr.trimEnd().split('\n');
        for (const line of rest) expect(line.startsWith(BULLET), name).toBe(true);
      }
    }
    expect(codes.size).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
