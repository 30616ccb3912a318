import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { privateProgram } from './helpers/program.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEMS } from '../steps/index.js';
import type { Visit } from '../src/answers.js';
import { readAnswers } from '../src/answers-file.js';
import { run } from '../src/commands/review.js';
import type { CommandContext } from '../src/context.js';
import { Failure, UsageError } from '../src/errors.js';
import { messages, type Lang } from '../src/i18n.js';
import { groupFingerprint, installerKey } from '../src/keys.js';
import { createOutput } from '../src/output.js';
import { buildRecord, type ReportRecord } from '../src/record.js';
import { envelopeText, signRecord, type SignedReport } from '../src/signature.js';
import { verifyFile } from '../src/verify.js';

const SAMPLE = 'examples/answers.sample.json';
const VISIT_MADE = new Date('2025-03-14T16:50:00Z');
const REVIEWED = new Date('2025-09-01T10:00:00Z');
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `oxo-harden-${name}-`));
const UPGRADED = [
  'trivial-password-reset',
  'management-password-control',
  'AutoPwdChk',
  'installer-reset-identity',
  'CallCorres',
];

function sampleVisit(): Visit {
  const answers = readAnswers(readFileSync(SAMPLE, 'utf8'), ITEMS);
  if (!answers.ok) throw new Error('the sample should load');

  return answers.visit;
}

/** The site's last report, signed with a key of its own, written as its .json file. */
function previousReport(
  change: (record: ReportRecord) => void = () => {},
  release = 'R820/026.007',
): { path: string; report: SignedReport } {
  const record = buildRecord(
    { ...sampleVisit(), release },
    { now: VISIT_MADE, timeZone: 'Europe/Paris' },
  );
  change(record);
  const report = signRecord(record, installerKey(tempDir('previous-key')));
  const path = join(tempDir('previous'), 'previous.json');
  writeFileSync(path, envelopeText(report));

  return { path, report };
}

function answersFile(content: unknown): string {
  const path = join(tempDir('answers'), 'review.json');
  writeFileSync(path, JSON.stringify(content));

  return path;
}

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

async function review(
  args: string[],
  { lang = 'en' as Lang, home = tempDir('home'), now = REVIEWED } = {},
) {
  const stdout = sink();
  const stderr = sink();
  const ctx: CommandContext = {
    args,
    env: {},
    stdin: process.stdin,
    out: createOutput({ env: {}, stdout: stdout.stream, stderr: stderr.stream }),
    lang,
    m: messages(lang),
    home,
    now: () => now,
  };
  const code = await run(ctx);

  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const refused = (promise: Promise<unknown>, kind: typeof UsageError | typeof Failure) =>
  promise.then(
    () => {
      throw new Error('expected the review to be refused');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(kind);
      return (error as Error).message;
    },
  );

describe('oxo-harden review', () => {
  it('writes the review’s report, names the previous one and sums up what changed', async () => {
    const { path, report: previous } = previousReport();
    const answers = answersFile({ answers: { AutoPwdChk: { status: 'compliant' } } });
    const out = tempDir('out');
    const home = tempDir('home');
    const result = await review(
      [path, '--answers', answers, '--out', out, '--release', 'R910/021.001'],
      { home },
    );
    const json = join(out, 'Cabinet-principal-Lyon-7e_2025-09-01.json');
    const made = JSON.parse(readFileSync(json, 'utf8')) as SignedReport;
    const open = UPGRADED.filter((id) => id !== 'AutoPwdChk');

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      `Wrote ${json}`,
      `Wrote ${join(out, 'Cabinet-principal-Lyon-7e_2025-09-01_en.html')}`,
      `Wrote ${join(out, 'Cabinet-principal-Lyon-7e_2025-09-01_en.md')}`,
      `Wrote ${join(out, 'Cabinet-principal-Lyon-7e_2025-09-01_en.pdf')}`,
      `Digest:      ${made.digest}`,
      `Fingerprint: ${groupFingerprint(installerKey(home).fingerprint)}`,
      `Follows:     ${previous.digest} (report of 2025-03-14)`,
      'Next review: 2026-09-01',
      'Since the previous report:',
      // 42 answers of the installer's, less the 5 upgraded items and the ended acceptance.
      '  • Answers carried forward: 36',
      '  • Not answered again, recorded as not checked (5): ' +
        [
          ...open.map((id) => `${id} (availability changed with the release)`),
          'latest-version (risk acceptance ended)',
        ].join(', '),
      '  ! The risk accepted by Claire Dubois, directrice for latest-version ended at the end of 2025-08-31 (time zone Europe/Paris); the item is now: Not checked.',
      '  • Release: R8.2/026.007 → R9.1/021.001',
      `  • Availability changed (5): ${UPGRADED.join(', ')}`,
      '',
    ]);
    expect(made.record.previousDigest).toBe(previous.digest);
    expect(made.record.items.find((e) => e.id === 'AutoPwdChk')).toMatchObject({
      status: 'compliant',
      source: 'installer',
    });
    for (const name of readdirSync(out)) {
      const outcome = await verifyFile(readFileSync(join(out, name)));
      expect(outcome.kind === 'checked' && outcome.problems, name).toEqual([]);
    }
  });

  it('speaks French, and warns of an acceptance ending within 30 days', async () => {
    const { path, report: previous } = previousReport(() => {}, 'R910/021.001');
    const out = tempDir('out');
    const result = await review(
      [path, '--answers', answersFile({}), '--out', out, '--format', 'md'],
      { lang: 'fr', now: new Date('2025-08-10T08:00:00Z') },
    );

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(3)).toEqual([
      `Fait suite à\u00a0: ${previous.digest} (rapport du 2025-03-14)`,
      'Prochaine revue\u00a0: 2026-08-10',
      'Depuis le rapport précédent\u00a0:',
      '  • Réponses reprises\u00a0: 42',
      '  ! Le risque accepté par Claire Dubois, directrice pour latest-version prend fin à la fin du 2025-08-31\u00a0: il reste 21 jours.',
      '',
    ]);
    const markdown = readFileSync(
      join(out, 'Cabinet-principal-Lyon-7e_2025-08-10_fr.md'),
      'utf8',
    );
    expect(markdown).toContain(
      '- Système dans la dernière version de sa release\u00a0: accepté par Claire Dubois, directrice jusqu’à la fin du 31 août 2025 (fuseau Europe/Paris)\u00a0; il reste 21 jours.',
    );
  });

  it('says in one line when nothing changed, and prints json for scripts', async () => {
    const { path, report: previous } = previousReport(() => {}, 'R910/021.001');
    const result = await review(
      [path, '--answers', answersFile({}), '--out', tempDir('out'), '--json'],
      { now: new Date('2025-06-02T08:00:00Z') },
    );
    const summary = JSON.parse(result.stdout);

    expect(result.stderr).toContain('A signing key was created for you at');
    expect(summary.previousDigest).toBe(previous.digest);
    expect(summary.nextReview).toBe('2026-06-02');
    expect(summary.carried).toHaveLength(42);
    expect(summary.open).toEqual([]);
    expect(summary.files).toHaveLength(4);
    expect(summary.delta.release).toBe(null);

    const human = await review(
      [path, '--answers', answersFile({}), '--out', tempDir('out')],
      { now: new Date('2025-06-02T08:00:00Z') },
    );
    expect(human.stdout.split('\n').slice(-4)).toEqual([
      'Since the previous report:',
      '  • Answers carried forward: 42',
      '  • Nothing changed since the previous report.',
      '',
    ]);
  });

  it('flags a recommendation re-worded since the previous report', async () => {
    const { path } = previousReport((record) => {
      record.items.find((e) => e.id === 'VMUMaxTry')!.recommendationHash =
        `sha256:${'0'.repeat(64)}`;
    }, 'R910/021.001');
    const result = await review(
      [path, '--answers', answersFile({}), '--out', tempDir('out'), '--json'],
      { now: new Date('2025-06-02T08:00:00Z') },
    );
    const summary = JSON.parse(result.stdout);

    expect(summary.open).toEqual([
      { id: 'VMUMaxTry', reasonCode: 'needs-full-answer', why: 'text-changed' },
    ]);
    expect(summary.delta.catalogue.changed).toEqual(['VMUMaxTry']);
  });

  it('sets the next review from --review-months or --next-review', async () => {
    const { path } = previousReport(() => {}, 'R910/021.001');
    const at = { now: new Date('2025-06-02T08:00:00Z') };
    const next = async (...flags: string[]) =>
      JSON.parse(
        (
          await review(
            [
              path,
              '--answers',
              answersFile({}),
              '--out',
              tempDir('o'),
              '--json',
              ...flags,
            ],
            at,
          )
        ).stdout,
      ).nextReview;

    expect(await next('--review-months', '6')).toBe('2025-12-02');
    expect(await next('--next-review', '2026-01-15')).toBe('2026-01-15');
  });

  it('refuses a previous report that was changed, and writes nothing', async () => {
    const { path } = previousReport();
    const envelope = JSON.parse(readFileSync(path, 'utf8'));
    envelope.record.site.customer = 'Another customer';
    writeFileSync(path, `${JSON.stringify(envelope, null, 2)}\n`);
    const out = join(tempDir('out'), 'review');

    expect(
      await refused(review([path, '--answers', answersFile({}), '--out', out]), Failure),
    ).toBe(
      [
        `✗ ${path} cannot be trusted, so it cannot be reviewed: 1 check(s) failed.`,
        '  • The readable record differs from the signed one at: site.customer.',
        'Review from an intact copy of the report (the customer’s, or your own), or start a new visit in the wizard.',
      ].join('\n'),
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file that is not a report, or is not there', async () => {
    const answers = answersFile({});
    const out = tempDir('out');

    expect(
      await refused(review([SAMPLE, '--answers', answers, '--out', out]), UsageError),
    ).toBe(
      `${SAMPLE} is not an oxo-harden report: it carries no signed report. Give the .json, .html, .md or .pdf file of the site’s last report.`,
    );
    expect(
      await refused(review(['none.pdf', '--answers', answers, '--out', out]), UsageError),
    ).toBe('The previous report none.pdf does not exist. Check the path and the name.');
  });

  it('says what is missing or contradictory on the command line', async () => {
    const { path } = previousReport();
    const answers = answersFile({ release: 'R910/021.001', nextReview: '2026-03-01' });
    const usage = (...args: string[]) => refused(review(args), UsageError);

    expect(await usage('--answers', answers, '--out', 'x')).toBe(
      'Say which report to review: oxo-harden review <previous report> --answers <file> --out <dir>',
    );
    expect(await usage(path, '--out', 'x')).toContain(
      'Give the review’s new answers with --answers <file>.',
    );
    expect(await usage(path, '--answers', answers)).toBe(
      'Say where to write the review’s report with --out <dir>',
    );
    expect(
      await usage(path, '--answers', answers, '--out', 'x', '--review-months', '0'),
    ).toBe(
      '"0" is not a number of months: give --review-months a whole number from 1 to 60',
    );
    expect(
      await usage(path, '--answers', answers, '--out', 'x', '--next-review', '1/3/2026'),
    ).toBe(
      '"1/3/2026" is not a date: give --next-review as YYYY-MM-DD, for example 2026-03-14',
    );
    expect(
      await usage(
        path,
        ...['--answers', answers, '--out', 'x', '--next-review', '2026-03-01'],
        ...['--review-months', '6'],
      ),
    ).toBe('Give either --next-review or --review-months, not both');
    expect(
      await usage(path, '--answers', answers, '--out', 'x', '--release', 'R9.2'),
    ).toBe(
      '--release says R9.2 but the answers file says R910/021.001. Give the release once, in either place.',
    );
    expect(
      await usage(path, '--answers', answers, '--out', 'x', '--review-months', '12'),
    ).toBe(
      'The command line sets the next review on 2026-09-01 but the answers file says 2026-03-01. Give it once.',
    );
    expect(
      await usage(
        path,
        ...['--answers', answersFile({}), '--out', 'x', '--next-review', '2025-09-01'],
      ),
    ).toBe(
      'The next review (2025-09-01) must come after this one (2025-09-01). Give a later date.',
    );
  });

  it('checks the answers file as report does, and the chain it names', async () => {
    const { path, report: previous } = previousReport();
    const other = `sha256:${'1'.repeat(64)}`;
    const usage = (content: unknown) =>
      refused(
        review([path, '--answers', answersFile(content), '--out', tempDir('o')]),
        UsageError,
      );

    expect(await usage({ previousDigest: other })).toBe(
      `The answers file names the previous report ${other}, but the report given is ${previous.digest}. Remove previousDigest from the file, or review the report it names.`,
    );
    const problems = await usage({ date: '1/9/2025', answers: { Nonsense: {} } });
    expect(problems.split('\n').slice(1)).toEqual([
      '  • date: expected a date YYYY-MM-DD (found "1/9/2025").',
      '  • answers.Nonsense: no item of the checklist has this id; "oxo-harden plan --release <release>" lists the ids.',
    ]);
    expect(await usage({ release: 'R9.7' })).toBe(
      '"R9.7" names release R9.7, which never existed between R3.1 and R10.0. Check the release shown in OMC (System Miscellaneous) and try again.',
    );
  });
});

describe('review and verify, the built program', () => {
  const program = privateProgram('review');
  const cli = program.cli;
  const home = tempDir('built-home');
  const env = {
    ...process.env,
    NO_COLOR: '1',
    LANG: 'en_GB.UTF-8',
    OXO_HARDEN_HOME: home,
  };
  const oxoHarden = (...args: string[]) =>
    spawnSync('node', [cli, ...args], { encoding: 'utf8', env });

  beforeAll(program.build, 60_000);
  afterAll(program.remove);

  it('reviews a report in both languages; each new file verifies and names the previous digest', () => {
    const previousDir = tempDir('built-previous');
    expect(oxoHarden('report', '--answers', SAMPLE, '--out', previousDir).status).toBe(0);
    const previousJson = join(previousDir, 'Cabinet-principal-Lyon-7e_2025-03-14.json');
    const previousDigest = JSON.parse(readFileSync(previousJson, 'utf8')).digest;
    const answers = answersFile({});

    for (const [lang, follows, previous] of [
      ['en', 'Follows:     ', 'Cabinet-principal-Lyon-7e_2025-03-14_en.pdf'],
      ['fr', 'Fait suite à\u00a0: ', 'Cabinet-principal-Lyon-7e_2025-03-14_en.md'],
    ] as const) {
      const out = tempDir(`built-review-${lang}`);
      const made = oxoHarden(
        ...['review', join(previousDir, previous), '--answers', answers],
        ...['--out', out, '--lang', lang],
      );
      expect(made.stderr, lang).toBe('');
      expect(made.status, lang).toBe(0);
      expect(made.stdout).toContain(`${follows}${previousDigest}`);
      const written = readdirSync(out);
      expect(written).toHaveLength(4);
      for (const name of written) {
        const checked = oxoHarden('verify', join(out, name));
        expect(checked.status, name).toBe(0);
      }
      const json = written.find((name) => name.endsWith('.json'))!;
      const record = JSON.parse(readFileSync(join(out, json), 'utf8')).record;
      expect(record.previousDigest).toBe(previousDigest);
      expect(record.review.previous.visitDate).toBe('2025-03-14');
    }
  });

  it('exits 1 on a changed previous report and 2 on a file that is not one', () => {
    const previousDir = tempDir('built-previous');
    oxoHarden('report', '--answers', SAMPLE, '--out', previousDir, '--format', 'json');
    const file = join(previousDir, 'Cabinet-principal-Lyon-7e_2025-03-14.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Directrice"', '"Gérante"'));
    const answers = answersFile({});

    const changed = oxoHarden(
      'review',
      file,
      '--answers',
      answers,
      '--out',
      tempDir('o'),
    );
    expect(changed.status).toBe(1);
    expect(changed.stdout).toBe('');
    expect(changed.stderr).toBe(
      `✗ ${file} cannot be trusted, so it cannot be reviewed: 1 check(s) failed.\n` +
        '  • The readable record differs from the signed one at: signOff.customer.role.\n' +
        'Review from an intact copy of the report (the customer’s, or your own), or start a new visit in the wizard.\n',
    );
    const stranger = oxoHarden(
      'review',
      SAMPLE,
      '--answers',
      answers,
      '--out',
      tempDir('o'),
    );
    expect(stranger.status).toBe(2);
  });
});
