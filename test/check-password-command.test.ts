import { spawn } from '@lydell/node-pty';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/commands/check-password.js';
import type { CommandContext } from '../src/context.js';
import { UsageError } from '../src/errors.js';
import { messages, type Lang } from '../src/i18n.js';
import { createOutput } from '../src/output.js';

const BIN = fileURLToPath(new URL('../dist/oxo-harden.js', import.meta.url));

interface Fake {
  ctx: CommandContext;
  stdin: PassThrough & { isTTY?: boolean; setRawMode?: (raw: boolean) => void };
  stdout: () => string;
  stderr: () => string;
  raw: boolean[];
}

/** A context whose streams are captured; `tty` makes stdin a terminal with raw mode. */
function fake(args: string[], { lang = 'en' as Lang, tty = false } = {}): Fake {
  const stdin: Fake['stdin'] = new PassThrough();
  const raw: boolean[] = [];
  if (tty) {
    stdin.isTTY = true;
    stdin.setRawMode = (mode) => void raw.push(mode);
  }
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let written = '';
  let said = '';
  stdout.on('data', (chunk) => (written += chunk));
  stderr.on('data', (chunk) => (said += chunk));
  // WT_SESSION keeps the Unicode symbols on Windows too, so the outputs compare alike.
  const out = createOutput({ env: { WT_SESSION: '1' }, stdout, stderr });
  const ctx: CommandContext = {
    args,
    env: {},
    stdin,
    out,
    lang,
    m: messages(lang),
    home: process.env.OXO_HARDEN_HOME!,
    now: () => new Date('2025-03-14T10:00:00Z'),
  };

  return { ctx, stdin, stdout: () => written, stderr: () => said, raw };
}

/** Runs the command with `input` piped on stdin. */
async function piped(args: string[], input: string, lang: Lang = 'en') {
  const session = fake(args, { lang });
  session.stdin.end(input);
  const code = await run(session.ctx);

  return { code, stdout: session.stdout(), stderr: session.stderr() };
}

async function usageError(args: string[], input = 'Hello123\n', lang: Lang = 'en') {
  const error = await piped(args, input, lang).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UsageError);

  return (error as UsageError).message;
}

describe('check-password command', () => {
  it('prints every rule of a compliant Operator password and exits 0', async () => {
    const { code, stdout, stderr } = await piped(
      ['--kind', 'operator', '--release', 'R10.0/010.001'],
      'Hello123\n',
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'Operator password',
        'Release: OmniPCX Office RCE, release R10.0, version 010.001',
        '',
        'The system’s rules:',
        '  ✓ Exactly 8 characters',
        '  ✓ At least one digit (0-9)',
        '  ✓ At least two different characters (not 11111111 or aaaaaaaa)',
        '  ✓ Not an ascending or descending run from end to end (not 12345678 or abcdefgh)',
        '  ✓ Letters and digits only: no accents, spaces or special characters',
        '',
        'The note’s advice (reported; it does not decide the verdict):',
        '  ✓ Not a trivial sequence (12345678, 11111111, 00000000), even with upper and lower case mixed',
        '  ✓ No short block repeated (Ab12Ab12) and no doubled characters (AAbb1122)',
        '  ✓ No everyday word, and not the vendor’s name or an account’s (password, admin, Alcatel…)',
        '',
        '✓ Compliant: the password meets every rule of the system.',
        '',
      ].join('\n'),
    );
  });

  it('names each broken rule, and what the release enforces, in French', async () => {
    const { code, stdout } = await piped(
      ['--kind', 'management', '--release', 'R9.0/033.002', '--lang', 'fr'],
      '12345678\n',
      'fr',
    );
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'Mot de passe de gestion (Installateur, Administrateur, session Téléchargement de logiciel)',
        'Release : OmniPCX Office RCE en release R9.0, version 033.002',
        '',
        'Les règles du système :',
        '  ✓ Exactement 8 caractères',
        '  ✗ Au moins une lettre majuscule (A-Z)',
        '  ✗ Au moins une lettre minuscule (a-z)',
        '  ✓ Au moins un chiffre (0-9)',
        '  ✓ Lettres et chiffres uniquement : ni accents, ni espaces, ni caractères spéciaux',
        '  La release R9.0 ne contrôle pas ces règles ; le système les contrôle à partir de 910/021.001.',
        '',
        'Les conseils de la note (signalés ; ils ne décident pas du verdict) :',
        '  ! Pas une suite triviale (12345678, 11111111, 00000000), même en mêlant majuscules et minuscules',
        '  ✓ Pas de bloc court répété (Ab12Ab12) ni de caractères doublés (AAbb1122)',
        '  ✓ Pas un mot du langage de tous les jours, ni le nom du constructeur ou d’un compte (password, admin, Alcatel…)',
        '',
        '✗ Non conforme : le mot de passe enfreint 2 des règles du système. Choisissez-en un autre.',
        '',
      ].join('\n'),
    );
  });

  it('says under a rule when this version does not enforce it yet, and why', async () => {
    const { code, stdout } = await piped(
      ['--kind', 'user', '--release', 'R710/055.001'],
      '4321\n',
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      [
        '  ✗ Not trivial: not one digit repeated (0000, 1111), not an ascending or descending run (1234, 4321, 0123)',
        '      This version does not enforce it; the system does from 710/057.007 on.',
        '      The note gives 710/057.007 in its table and 710/052.007 in its text; the later one is taken.',
      ].join('\n'),
    );
  });

  it('claims no enforcement without a release', async () => {
    const { stdout } = await piped(['--kind', 'user'], '5831\n');
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'User password',
      'No release given: add --release (for example --release R910/021.001) to learn which of these rules the system itself enforces.',
    ]);
    expect(stdout).toContain('  ✓ Length: 4 or 6 digits\n');
    expect(stdout).not.toContain('does not enforce');
  });

  it('passes with advice not followed, and says so', async () => {
    const { code, stdout } = await piped(['--kind', 'management'], 'Admin123\n');
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').slice(-2)).toEqual([
      '✓ Compliant: the password meets every rule of the system.',
      '! One piece of the note’s advice is not followed: consider another password.',
    ]);
  });

  it('reads only the first piped line, without its CRLF', async () => {
    expect((await piped(['--kind', 'operator'], 'Hello123\r\nignored\n')).code).toBe(0);
    expect((await piped(['--kind', 'operator'], 'Hello123')).code).toBe(0);
    expect((await piped(['--kind', 'operator'], '\uFEFFHello123\r\n')).code).toBe(0);
    expect((await piped(['--kind', 'operator'], 'Hello12 \n')).code).toBe(1);
  });

  it('honours --digits', async () => {
    expect((await piped(['--kind', 'user', '--digits', '6'], '5831\n')).code).toBe(1);
    expect((await piped(['--kind', 'user', '--digits', '6'], '583190\n')).code).toBe(0);
    expect((await piped(['--kind', 'user', '--digits', '4'], '583190\n')).code).toBe(1);
  });

  it('prints the help and exits 0', async () => {
    const { code, stdout } = await piped(['--help'], '');
    expect(code).toBe(0);
    expect(stdout).toBe(`${messages('en').password.usage}\n`);
  });
});

describe('check-password in French', () => {
  // Words any English sentence has and no French one does.
  const ENGLISH = /\b(the|and|not|of|to|is|are|with|from|only|every|this|give|use|it)\b/i;
  const cases: Array<[string[], string]> = [
    [['--kind', 'user'], '1234\n'],
    [['--kind', 'user', '--release', 'R710/055.001'], '1212\n'],
    [['--kind', 'user', '--release', 'R8.0/035.001'], '5831\n'],
    [['--kind', 'management', '--release', 'R9.1'], 'Admin12!\n'],
    [['--kind', 'operator'], 'aBcDeFgH\n'],
    [['--kind', 'operator', '--release', 'R9.2'], 'Hello123\n'],
  ];

  it.each(cases)('leaves no English in %j', async (args, input) => {
    const english = await piped(args, input, 'en');
    const french = await piped([...args, '--lang', 'fr'], input, 'fr');
    expect(english.stdout).toMatch(ENGLISH);
    expect(french.stdout).not.toMatch(ENGLISH);
    expect(french.code).toBe(english.code);
  });
});

describe('check-password usage errors', () => {
  it.each([
    [
      [],
      'Say which password this is: --kind user, --kind management or --kind operator.',
    ],
    [
      ['--kind', 'admin'],
      '"admin" is not a kind of password. Use --kind user, --kind management or --kind operator.',
    ],
    [
      ['--kind', 'user', '--digits', '5'],
      '--digits 5: user passwords have 4 or 6 digits. Use --digits 4 or --digits 6.',
    ],
    [
      ['--kind', 'operator', '--digits', '4'],
      '--digits applies to user passwords only: use it with --kind user, or leave it out.',
    ],
    [
      ['--kind', 'user', '--digits', '6', '--release', 'R810/045.003'],
      'R810/045.003 has no six-digit user passwords: they came with 820/026.007, 900/033.002, 910/021.001 and every later release. Use --digits 4, or upgrade first.',
    ],
    [
      ['--kind', 'user', '--release', 'nine'],
      '"nine" is not a release the tool can read. Accepted forms: R910/021.001, 910/021.001, R9.1, R910, R10.0/010.001, OXO Connect R5.1.',
    ],
    [
      ['--kind', 'user', '--color'],
      'Unknown option --color. Run "oxo-harden check-password --help" to see its options.',
    ],
  ])('refuses %j', async (args, message) => {
    expect(await usageError(args)).toBe(message);
  });

  it('refuses an empty password', async () => {
    expect(await usageError(['--kind', 'user'], '\n')).toBe(
      'No password was given. Type it at the prompt, or pipe it in on one line.',
    );
    expect(await usageError(['--kind', 'user'], '')).toBe(
      'No password was given. Type it at the prompt, or pipe it in on one line.',
    );
  });

  it('refuses a password given on the command line without repeating it', async () => {
    const message = await usageError(['--kind', 'management', 'Qx7Vz2Kp']);
    expect(message).not.toContain('Qx7Vz2Kp');
    expect(message).toBe(messages('en').password.passwordAsArgument);
  });

  it('words its errors in French', async () => {
    expect(await usageError(['--kind', 'admin', '--lang', 'fr'], '', 'fr')).toBe(
      '« admin » n’est pas un type de mot de passe. Utilisez --kind user, --kind management ou --kind operator.',
    );
  });
});

describe('check-password at a terminal', () => {
  async function typed(keys: string[], args = ['--kind', 'operator']) {
    const session = fake(args, { tty: true });
    const done = run(session.ctx);
    for (const key of keys) {
      await new Promise((resolve) => setImmediate(resolve));
      session.stdin.write(key);
    }

    return { code: await done, session };
  }

  it('reads the password with echo off and puts the terminal back', async () => {
    const { code, session } = await typed(['Hel', 'x', '\u007f', 'lo123', '\r']);
    expect(code).toBe(0);
    expect(session.raw).toEqual([true, false]);
    expect(session.stderr()).toBe('Operator password (not shown as you type): \n');
    expect(session.stdout()).not.toContain('Hello123');
  });

  it('drops arrow keys, and Ctrl+U starts the line again', async () => {
    expect((await typed(['Hello', '\u001b[D', '123\r'])).code).toBe(0);
    expect((await typed(['aaaa', '\u0015', 'Hello123', '\r'])).code).toBe(0);
    expect((await typed(['Hel\u001bOPlo123\n'])).code).toBe(0);
  });

  it('exits 130 on Ctrl+C, checking nothing', async () => {
    const { code, session } = await typed(['Hel', '\u0003']);
    expect(code).toBe(130);
    expect(session.raw).toEqual([true, false]);
    expect(session.stdout()).toBe('');
    expect(session.stderr()).toBe(
      'Operator password (not shown as you type): \nInterrupted: nothing was checked.\n',
    );
  });
});

describe('check-password, the built program', () => {
  beforeAll(() => {
    if (!existsSync(BIN))
      throw new Error(`${BIN} is missing: run "npm run build" first.`);
  });

  const SECRET = 'Qx7Vz2Kp';

  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  }

  function program(args: string[], input: string, home: string) {
    const result = spawnSync(process.execPath, [BIN, 'check-password', ...args], {
      env: { ...process.env, OXO_HARDEN_HOME: home },
      input,
      encoding: 'utf8',
    });

    return { status: result.status, text: `${result.stdout}${result.stderr}` };
  }

  it('exits 0, 1 and 2 as documented', () => {
    const home = mkdtempSync(join(tmpdir(), 'oxo-harden-exit-'));
    expect(program(['--kind', 'operator'], 'Hello123\n', home).status).toBe(0);
    expect(program(['--kind', 'operator'], 'HelloYou\n', home).status).toBe(1);
    const usage = program(['--kind', 'nobody'], 'Hello123\n', home);
    expect(usage.status).toBe(2);
    expect(usage.text).toBe(
      '"nobody" is not a kind of password. Use --kind user, --kind management or --kind operator.\n',
    );
  });

  it('never writes the password: not on screen, not in a message, not in a file', () => {
    const home = mkdtempSync(join(tmpdir(), 'oxo-harden-secret-'));
    const runs: Array<[string[], string, number]> = [
      [['--kind', 'management'], `${SECRET}\n`, 0],
      [
        ['--kind', 'management', '--release', 'R9.0/033.002', '--lang', 'fr'],
        `${SECRET}\n`,
        0,
      ],
      [['--kind', 'management'], `${SECRET.toLowerCase()}\n`, 1],
      [['--kind', 'operator', '--release', 'R10.0'], `${SECRET}\r\n`, 0],
      [['--kind', 'user', '--release', 'R9.1/021.001'], `${SECRET}\n`, 1],
      [['--kind', 'management', SECRET], '', 2],
    ];
    for (const [args, input, status] of runs) {
      const result = program(args, input, home);
      expect(result.status, args.join(' ')).toBe(status);
      expect(result.text.toLowerCase()).not.toContain(SECRET.toLowerCase());
    }
    for (const path of files(home)) {
      expect(readFileSync(path, 'latin1').toLowerCase(), path).not.toContain(
        SECRET.toLowerCase(),
      );
    }
  });

  it('takes a password typed in a real terminal, showing none of it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'oxo-harden-pty-'));
    const terminal = spawn(
      process.execPath,
      [BIN, 'check-password', '--kind', 'operator'],
      {
        env: { ...process.env, OXO_HARDEN_HOME: home, NO_COLOR: '1' },
        cols: 200,
        rows: 40,
      },
    );
    let screen = '';
    let typed = false;
    const exit = new Promise<number>((resolve) => {
      terminal.onExit(({ exitCode }) => resolve(exitCode));
    });
    terminal.onData((data) => {
      screen += data;
      if (!typed && screen.includes('(not shown as you type): ')) {
        typed = true;
        terminal.write(`${SECRET.slice(0, 4)}z\u007f${SECRET.slice(4)}\r`);
      }
    });

    expect(await exit).toBe(0);
    expect(screen).toContain('Compliant: the password meets every rule of the system.');
    expect(screen).not.toContain(SECRET.slice(0, 4));
    expect(screen).not.toContain(SECRET.slice(4));
  });
});
