/**
 * Ports and forwarding rules as an installer types them, at random, and
 * `ports` command lines made of them: a port in range or a refusal, a plan,
 * a check or a one-line usage error, never an exception. In-process for
 * volume, then a batch through the built program for its exit codes and
 * the standard error a terminal shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { run as ports } from '../src/commands/ports.js';
import {
  extHttpsPo,
  parseExtHttpsPo,
  parseForwardSpec,
  parsePort,
} from '../src/ports/index.js';
import { CONTROL, runCommand } from './helpers/command.js';
import {
  ensureBuilt,
  environment,
  runEach,
  STACK_FRAME,
  tempHome,
} from './helpers/program.js';
import { seeded, type Random } from './helpers/random.js';

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

describe('ports in the built program', () => {
  beforeAll(ensureBuilt, 120_000);

  it('exits 0, 1 or 2 in one line, no stack trace: 16 random command lines', async () => {
    const random = seeded(3306);
    const env = environment(tempHome(), { NO_COLOR: '1' });
    const lines = Array.from({ length: 16 }, () => ['ports', ...portsArgs(random)]);
    const codes = new Set<number | null>();
    for (const { ran, name } of await runEach(lines, env)) {
      codes.add(ran.status);
      expect([0, 1, 2], name).toContain(ran.status);
      expect(ran.stderr, name).not.toMatch(STACK_FRAME);
      if (ran.status === 2) expect(ran.stderr.split('\n'), name).toHaveLength(2);
    }
    expect(codes.size).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
