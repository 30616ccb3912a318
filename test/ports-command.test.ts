import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/commands/ports.js';
import type { CommandContext } from '../src/context.js';
import { UsageError } from '../src/errors.js';
import { messages, type Lang } from '../src/i18n.js';
import { createOutput } from '../src/output.js';

const BIN = fileURLToPath(new URL('../dist/oxo-harden.js', import.meta.url));

async function ports(args: string[], lang: Lang = 'en') {
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
    stdin: new PassThrough(),
    out,
    lang,
    m: messages(lang),
    home: process.env.OXO_HARDEN_HOME!,
    now: () => new Date('2025-03-14T10:00:00Z'),
  };
  const code = await run(ctx);

  return { code, stdout: written, stderr: said };
}

async function usageError(args: string[], lang: Lang = 'en') {
  const error = await ports(args, lang).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UsageError);

  return (error as UsageError).message;
}

describe('ports --public', () => {
  it('plans port 33443: the forwarding, ExtHttpsPo 82 A3 and every application', async () => {
    const { code, stdout, stderr } = await ports(['--public', '33443']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'Port forwarding to set on the Internet access device:',
        '  {public IP, port 33443} → {OXO IP, port 50443}',
        '',
        'Public port 33443 is not the standard HTTPS port 443, so every application must be given it:',
        '  User applications (3.4.1)',
        '    • PIMphony (paired with a physical set): in its configuration wizard, port 33443.',
        '    • My IC Mobile / OTCV: set the noteworthy address ExtHttpsPo (OMC: System Miscellaneous > Memory Read/Write > Other Labels) to 82 A3, and the public URL or IP address in OMC: Hardware and Limits > LAN/IP Configuration > Router IP address / Domain name.',
        '    • My IC Web for Office: in the browser, https://<public address>:33443',
        '  Management applications (3.4.2)',
        '    • OMC: in the PCX name/IP address field of the connection window, <public address>:33443',
        '    • Web-Based Tool: in the browser, https://<public address>:33443',
        '',
        'i On the system’s side the destination is always port 50443, the one it keeps for the Internet: never 443 or 10443, its LAN ports (3.3).',
        'i Use a public port other than 443 only when 443 is already taken on this public IP address by another HTTPS server, a web server for example (3.4).',
        'i Forward to 50443 only if some users are given WAN API access, and give it only to the users of My IC Mobile, OTCV or remote PIMphony (4.8).',
        'i Remote PIMphony IP is supported over a VPN only (3.3).',
        '',
      ].join('\n'),
    );
  });

  it('changes nothing in the applications for 443', async () => {
    const { code, stdout } = await ports(['--public', '443']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      'Port forwarding to set on the Internet access device:',
      '  {public IP, port 443} → {OXO IP, port 50443}',
      '',
      'Public port 443 is the standard HTTPS port: ExtHttpsPo needs no change, and every application uses its default port.',
      '',
    ]);
    expect(stdout).not.toContain('ExtHttpsPo (OMC');
  });

  it('says a VPN is needed instead before R8.2, and exits 1', async () => {
    const { code, stdout } = await ports([
      '--public',
      '443',
      '--release',
      'R810/045.003',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      '✗ Release R8.1 is older than R8.2: the system cannot be reached from the Internet through port forwarding. Remote access needs a VPN, which neither the system nor the applications provide (3.2).\n',
    );
  });

  it('gives the plan as one JSON object', async () => {
    const { code, stdout } = await ports([
      '--public',
      '33443',
      '--release',
      'R9.1',
      '--json',
    ]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document).toMatchObject({
      release: 'R9.1',
      ok: true,
      public: {
        publicPort: 33443,
        forwarding: { publicPort: 33443, oxoPort: 50443 },
        extHttpsPo: '82 A3',
        needsVpn: false,
      },
    });
    expect(document.public.places.map((place: { app: string }) => place.app)).toEqual([
      'pimphony',
      'my-ic-mobile',
      'my-ic-web',
      'omc',
      'web-based-tool',
    ]);
    expect(document.forwarding).toBeUndefined();
  });
});

describe('ports --forward', () => {
  it('marks each rule and exits 1 when one is broken', async () => {
    const { code, stdout } = await ports([
      '--forward',
      '443:50443',
      '--forward',
      '8443:443',
      '--forward',
      '5060:5060:trunk',
      '--forward',
      '9000:9000',
      '--release',
      'R910/021.001',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'Forwarding rules on the Internet access device, for OmniPCX Office RCE, release R9.1, version 021.001:',
        '  ✓ {public IP, port 443} → {OXO IP, port 50443}',
        '      allowed: 50443 is the port the system keeps for the Internet.',
        '  ✗ {public IP, port 8443} → {OXO IP, port 443}',
        '      443 is one of the system’s LAN ports: never forward Internet traffic to 443 or 10443 (3.3). Forward to 50443 instead.',
        '  ✓ {public IP, port 5060} → {OXO IP, port 5060} (declared public IP trunk)',
        '      allowed as the declared public IP trunk, the one exception to 50443 (3.3).',
        '  ✗ {public IP, port 9000} → {OXO IP, port 9000}',
        '      Internet traffic may reach the system on port 50443 only; port 9000 is allowed only for a public IP trunk, declared with :trunk (3.3).',
        '',
        'i Forward to 50443 only if some users are given WAN API access, and give it only to the users of My IC Mobile, OTCV or remote PIMphony (4.8).',
        'i Remote PIMphony IP is supported over a VPN only (3.3).',
        '',
        '✗ 2 forwarding rules break the note’s rules: change them on the Internet access device.',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when every rule follows the note', async () => {
    const { code, stdout } = await ports([
      '--forward',
      '443:50443',
      '--release',
      'R10.0',
    ]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '✓ Every forwarding rule follows the note.',
    );
  });

  it('refuses every rule before R8.2', async () => {
    const { code, stdout } = await ports(['--forward', '443:50443', '--release', 'R8.1']);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '      No forwarding is allowed before R8.2: remote access from the Internet needs a VPN (3.2). Remove this rule.\n',
    );
  });

  it('gives the check as one JSON object', async () => {
    const { code, stdout } = await ports([
      '--forward',
      '443:10443',
      '--release',
      'R9.2',
      '--json',
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      release: 'R9.2',
      forwarding: {
        compliant: false,
        verdicts: [
          {
            rule: { publicPort: 443, oxoPort: 10443 },
            problems: ['lan-port'],
            trunkException: false,
          },
        ],
        advice: ['pimphony-ip-vpn-only'],
      },
      ok: false,
    });
  });

  it('plans and checks in one call', async () => {
    const { code, stdout } = await ports([
      '--public',
      '443',
      '--forward',
      '443:50443',
      '--release',
      'R9.2',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Port forwarding to set on the Internet access device:\n');
    expect(stdout).toContain('✓ Every forwarding rule follows the note.\n');
  });
});

describe('ports usage errors', () => {
  it.each(['abc', '1.5', '0', '70000', ''])(
    'refuses --public %j, naming it',
    async (value) => {
      expect(await usageError(['--public', value])).toBe(
        `--public "${value}" is not a port: give a whole number from 1 to 65535.`,
      );
    },
  );

  it.each(['443', '443-50443', '443:50443:vpn'])(
    'refuses --forward %s',
    async (value) => {
      expect(await usageError(['--forward', value, '--release', 'R9.1'])).toBe(
        `--forward "${value}" is not a forwarding rule: write PUBLIC:OXO or PUBLIC:OXO:trunk, for example --forward 443:50443 or --forward 5060:5060:trunk.`,
      );
    },
  );

  it('names the bad port inside --forward', async () => {
    expect(await usageError(['--forward', '443:70000', '--release', 'R9.1'])).toBe(
      '--forward "443:70000": "70000" is not a port. Each port is a whole number from 1 to 65535, written PUBLIC:OXO or PUBLIC:OXO:trunk, for example --forward 443:50443.',
    );
  });

  it('needs --release with --forward, and something to do', async () => {
    expect(await usageError(['--forward', '443:50443'])).toBe(
      messages('en').ports.forwardNeedsRelease,
    );
    expect(await usageError([])).toBe(messages('en').ports.nothingToDo);
  });

  it('words its errors in French', async () => {
    expect(await usageError(['--public', '70000', '--lang', 'fr'], 'fr')).toBe(
      '--public « 70000 » n’est pas un port : donnez un nombre entier de 1 à 65535.',
    );
  });
});

describe('ports in French', () => {
  // Words any English sentence has and no French one does.
  const ENGLISH = /\b(the|and|not|of|to|is|are|with|from|only|every|this|give|use|it)\b/i;

  it.each([
    [['--public', '33443']],
    [['--public', '443']],
    [['--public', '443', '--release', 'R7.1']],
    [
      [
        '--forward',
        '443:50443',
        '--forward',
        '80:443',
        '--forward',
        '5060:5060:trunk',
        '--forward',
        '1:2',
        '--release',
        'R9.1',
      ],
    ],
    [['--forward', '443:50443', '--release', 'R8.1']],
  ])('leaves no English in %j', async (args) => {
    const english = await ports(args, 'en');
    const french = await ports([...args, '--lang', 'fr'], 'fr');
    expect(english.stdout).toMatch(ENGLISH);
    expect(french.stdout).not.toMatch(ENGLISH);
    expect(french.code).toBe(english.code);
  });
});

describe('ports, the built program', () => {
  beforeAll(() => {
    if (!existsSync(BIN))
      throw new Error(`${BIN} is missing: run "npm run build" first.`);
  });

  function program(args: string[]) {
    const home = mkdtempSync(join(tmpdir(), 'oxo-harden-ports-'));

    return spawnSync(process.execPath, [BIN, 'ports', ...args], {
      env: { ...process.env, OXO_HARDEN_HOME: home },
      encoding: 'utf8',
    });
  }

  it('exits 2 on a bad port, with one line and no stack trace', () => {
    const result = program(['--public', '70000']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      '--public "70000" is not a port: give a whole number from 1 to 65535.\n',
    );
  });

  it('exits 1 on a broken rule and 0 on a plan', () => {
    expect(program(['--forward', '443:443', '--release', 'R9.1']).status).toBe(1);
    const plan = program(['--public', '33443', '--json']);
    expect(plan.status).toBe(0);
    expect(JSON.parse(plan.stdout).public.extHttpsPo).toBe('82 A3');
  });
});
