import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { privateProgram } from './helpers/program.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/commands/plan.js';
import type { CommandContext } from '../src/context.js';
import { UsageError } from '../src/errors.js';
import { messages, type Lang } from '../src/i18n.js';
import { createOutput } from '../src/output.js';

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });

  return { stream, text: () => chunks.join('') };
}

async function plan(args: string[], { lang = 'en' as Lang, env = {} } = {}) {
  const stdout = sink();
  const stderr = sink();
  const out = createOutput({ env, stdout: stdout.stream, stderr: stderr.stream });
  const ctx: CommandContext = {
    args,
    env,
    stdin: process.stdin,
    out,
    lang,
    m: messages(lang),
    home: process.env.OXO_HARDEN_HOME!,
    now: () => new Date('2025-03-14T10:00:00Z'),
  };
  const code = await run(ctx);

  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

async function planJson(args: string[], lang: Lang = 'en') {
  const result = await plan([...args, '--json'], { lang });
  expect(result.code).toBe(0);

  return JSON.parse(result.stdout) as {
    release: Record<string, unknown>;
    items: Record<string, unknown>[];
  };
}

const item = (items: Record<string, unknown>[], id: string) =>
  items.find((i) => i.id === id);

describe('plan --json', () => {
  it('prints one object with the release and every item', async () => {
    const result = await plan(['--release', 'R910/021.001', '--json']);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['release', 'items']);
    expect(json.release).toEqual({
      product: 'oxo',
      line: 'R9.1',
      version: '910/021.001',
      noteLine: 'R9.1',
      era: 'in-note',
      warnings: [],
    });
    expect(json.items).toHaveLength(46);
    for (const entry of json.items) {
      expect(Object.keys(entry)).toEqual([
        'id',
        'section',
        'chapter',
        'availability',
        'since',
        'defaultSecure',
        'title',
        'recommendation',
        'risk',
        'where',
        'recommended',
        'conflict',
      ]);
    }
  });

  it('gives the values of the tables for 910/021.001', async () => {
    const { items } = await planJson(['--release', 'R910/021.001']);
    expect(item(items, 'VMUMaxTry')).toMatchObject({
      section: 'noteworthy-addresses',
      chapter: '4.5',
      availability: 'available',
      since: null,
      defaultSecure: true,
      title: 'Voice mail log-in attempts limited (VMUMaxTry)',
      recommended: '03',
      conflict: null,
    });
    expect(item(items, 'DivRemCust')).toMatchObject({
      availability: 'available',
      defaultSecure: true,
      conflict: { table: '910/021.001', text: '910/021.00', taken: '910/021.001' },
    });
    expect(item(items, 'management-password-control')).toMatchObject({
      availability: 'available',
      since: '910/021.001',
      defaultSecure: null,
      recommended: null,
    });
    expect(item(items, 'remote-access-50443')).toMatchObject({
      availability: 'available',
      recommended: 50443,
    });
    expect(item(items, 'remote-access-vpn')).toMatchObject({
      availability: 'not-applicable',
      since: null,
    });
    expect(item(items, 'operator-password-rules')).toMatchObject({
      availability: 'unavailable',
      since: 'R10.0',
    });
    expect(item(items, 'CallCorres')).toMatchObject({ defaultSecure: null });
  });

  it('words the items in French with --lang fr', async () => {
    const { items } = await planJson(['--release', 'R6.1'], 'fr');
    expect(item(items, 'VMUMaxTry')).toMatchObject({
      availability: 'check-version',
      since: '610/015.003',
      defaultSecure: null,
      title: 'Tentatives d’accès à la messagerie limitées (VMUMaxTry)',
      conflict: { table: '610/015.003', text: '610/015.001', taken: '610/015.003' },
    });
    expect(item(items, 'CallCorres')).toMatchObject({
      availability: 'check-version',
      since: '610/052.001',
    });
  });

  it('keeps the release warning on stderr', async () => {
    const result = await plan(['--release', 'R11.0', '--json']);
    expect(result.stderr).toBe(
      '! Release R11.0 is newer than the note, which stops at R10.0: it is treated as R10.0.\n',
    );
    const json = JSON.parse(result.stdout);
    expect(json.release).toMatchObject({
      line: 'R11.0',
      noteLine: 'R10.0',
      era: 'after-note',
    });
    expect(item(json.items, 'certificate-management')).toMatchObject({
      availability: 'available',
    });
  });

  it('reads the product from --product', async () => {
    const { release, items } = await planJson([
      '--release',
      'R5.1',
      '--product',
      'oxo-connect',
    ]);
    expect(release).toMatchObject({
      product: 'oxo-connect',
      line: 'R5.1',
      noteLine: 'R10.0',
    });
    expect(item(items, 'csta-external-apps')).toMatchObject({ defaultSecure: true });
  });

  it('marks what an older release lacks', async () => {
    const { items } = await planJson(['--release', 'R2.1']);
    expect(item(items, 'VMUMaxTry')).toMatchObject({
      availability: 'unavailable',
      since: 'R3.1',
    });
    expect(item(items, 'ext-ext-transfer')).toMatchObject({ availability: 'available' });
  });
});

describe('plan, human output', () => {
  it('prints the checklist grouped by section', async () => {
    const result = await plan(['--release', 'R9.1']);
    const lines = result.stdout.split('\n');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(lines.slice(0, 7)).toEqual([
      'Checklist for OmniPCX Office RCE, release R9.1 (version not given)',
      '',
      'Handover briefing',
      '  What the customer must know and agree to before the system is handed over',
      '  (chapter\u00a01).',
      '',
      '  ✓ customer-informed               available',
    ]);
    const at = lines.indexOf('  ✓ VMUMaxTry                       available');
    expect(lines.slice(at, at + 4)).toEqual([
      '  ✓ VMUMaxTry                       available',
      '    Voice mail log-in attempts limited (VMUMaxTry)',
      '      recommended value 03',
      '      factory default depends on the version: read it on the system',
    ]);
    expect(lines).toContain(
      '  ! management-password-control     check the version: from 910/021.001',
    );
    expect(lines).toContain(
      '  ✗ operator-password-rules         not in this release: from R10.0',
    );
    expect(lines).toContain('  — remote-access-vpn               not applicable');
    expect(lines.slice(-3)).toEqual([
      '46 items: 34 available, 0 need an upgrade, 8 depend on the version, 4 not in',
      'this release or not applicable.',
      '',
    ]);
  });

  it('shows a dispute only while the later version is not reached', async () => {
    const before = (await plan(['--release', 'R610/015.002'])).stdout;
    expect(before).toContain(
      '  ↑ VMUMaxTry                       upgrade to 610/015.003 or later',
    );
    expect(before).toContain(
      '      the note’s table says 610/015.003 and its text 610/015.001: 610/015.003,',
    );
    const after = (await plan(['--release', 'R610/040.001'])).stdout;
    expect(after).not.toContain('its text 610/015.001');
    expect(after).toContain(
      '  ✓ VMUMaxTry                       available from 610/015.003',
    );
  });

  it('names the version that brings the recommended default', async () => {
    const lines = (await plan(['--release', 'R820/020.001'])).stdout.split('\n');
    const at = lines.indexOf('  ✓ PerAssAlwd                      available');
    expect(lines.slice(at, at + 4)).toEqual([
      '  ✓ PerAssAlwd                      available',
      '    Personal Assistant disabled (PerAssAlwd)',
      '      recommended value 00',
      '      factory default is not the recommended value before 820/026.007',
    ]);
    expect(lines).toContain('      factory default is not the recommended value');
    expect(lines).toContain(
      '      factory default depends on the target country: read it on the system',
    );
  });

  it('fits 80 columns in both languages', async () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const release of ['R2.1', 'R6.1', 'R610/052.000', 'R9.1', 'R10.0']) {
        const { stdout } = await plan(['--release', release], { lang });
        for (const line of stdout.split('\n')) {
          expect(line.length, `${lang} ${release}: ${line}`).toBeLessThanOrEqual(80);
        }
      }
    }
  });

  it('leaves no English in the French checklist', async () => {
    const { stdout } = await plan(['--release', 'R610/030.001'], { lang: 'fr' });
    // Item ids are the same in both languages: only the words around them count.
    const words = stdout.replace(/^ {2}\S+ \S+/gm, '');
    expect(words).toContain('Liste de contrôle pour OmniPCX Office RCE en release R6.1');
    expect(words).toContain('valeur par défaut');
    const english =
      /\b(available|upgrade|check|only|remote|access|default|from|items|the|and|not|before|checklist|password|recommended|value|users?|set|settings?)\b/i;
    expect(words).not.toMatch(english);
  });

  it('uses the symbols and colours of the output module', async () => {
    const plain = await plan(['--release', 'R610/030.001'], { env: { TERM: 'dumb' } });
    expect(plain.stdout).toContain('  + customer-informed ');
    expect(plain.stdout).toContain('  ^ CallCorres ');
    expect(plain.stdout).toContain('  x ExtLnkClsd ');
    expect(plain.stdout).toContain('  - DivRemCust ');
    expect(plain.stdout).not.toContain('\u001b[');

    const coloured = await plan(['--release', 'R6.1'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('  \u001b[32m✓\u001b[39m customer-informed ');
    expect(coloured.stdout).toContain('  \u001b[33m!\u001b[39m CallCorres ');
  });

  it('prints its usage with --help', async () => {
    const result = await plan(['--help'], { lang: 'fr' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${messages('fr').plan.usage}\n`);
  });
});

describe('plan, bad usage', () => {
  const forms = 'R910/021.001, 910/021.001, R9.1, R910, R10.0/010.001, OXO Connect R5.1';

  it.each([
    [[], `The plan needs the system's release: add --release, for example --release R910/021.001. Accepted forms: ${forms}.`],
    [['--release', 'R9.9.9'], `"R9.9.9" is not a release the tool can read. Accepted forms: ${forms}.`],
    [['--release', 'R7.5'], '"R7.5" names release R7.5, which never existed between R3.1 and R10.0. Check the release shown in OMC (System Miscellaneous) and try again.'],
    [['--release', 'R9.1', '--product', 'pabx'], 'Unknown product "pabx": use --product oxo or --product oxo-connect.'],
    [['--release', 'R1.1', '--product', 'oxo-connect'], 'OXO Connect releases start at R2.0; R1.1 is not one. Check the release shown in OMC.'],
  ])('refuses %j', async (args, message) => {
    await expect(plan(args)).rejects.toThrow(new UsageError(message));
  }); // prettier-ignore
});

describe('plan, the built program', () => {
  const program = privateProgram('plan');
  const cli = program.cli;
  const env = { ...process.env, NO_COLOR: '1', LANG: 'en_GB.UTF-8' };
  const shell = (command: string) =>
    spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { encoding: 'utf8', env });

  beforeAll(program.build, 60_000);
  afterAll(program.remove);

  it('refuses a bad release with one line on stderr and exit 2', () => {
    const result = spawnSync('node', [cli, 'plan', '--release', 'R9.9.9'], {
      encoding: 'utf8',
      env,
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      '"R9.9.9" is not a release the tool can read. Accepted forms: R910/021.001, 910/021.001, R9.1, R910, R10.0/010.001, OXO Connect R5.1.\n',
    );
  });

  it('ends quietly when piped into head', () => {
    const result = shell(`node ${cli} plan --release R9.1 | head -3`);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'Checklist for OmniPCX Office RCE, release R9.1 (version not given)\n\nHandover briefing\n',
    );
  });

  it('ends quietly when the reader has gone before the first line', () => {
    const result = shell(
      `node ${cli} plan --release R9.1 --lang fr | (exec 0<&-; sleep 1)`,
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
