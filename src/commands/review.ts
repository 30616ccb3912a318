/**
 * `oxo-harden review <previous report>`: the periodic review of a site.
 * The previous report is verified first and refused if it was changed.
 * With `--answers`, the file gives what is new, every earlier answer that
 * may be carried forward is, and the report is written at once; without
 * it, in a terminal, the review is answered in the wizard. Either way the
 * new report names the previous one's digest and says what changed since.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Visit } from '../answers.js';
import { readAnswers } from '../answers-file.js';
import { parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../context.js';
import { EXIT, Failure, UsageError } from '../errors.js';
import { groupFingerprint, keyPath } from '../keys.js';
import {
  isFailure,
  previousProblemText,
  readPreviousReport,
  type PreviousReport,
} from '../previous-report.js';
import type { ReportRecord } from '../record.js';
import { releaseError } from '../release-words.js';
import { parseRelease, type Product } from '../release.js';
import { keepCompiledCode } from '../program-cache.js';
import { writeReports } from '../report/files.js';
import {
  checkNextReview,
  completeAnswers,
  nextReviewOf,
  parseReviewAnswers,
  reviewJson,
  reviewOptions,
  reviewSummary,
  startReview,
  type NextReviewProblem,
  type ReviewStart,
} from '../review/index.js';
import { ITEMS } from '../../steps/index.js';
import { describeProblem, formatsOf, reportLang, sign } from './report.js';

const OPTIONS = {
  answers: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  release: { type: 'string' },
  'next-review': { type: 'string' },
  'review-months': { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** What shapes a report made from an answers file; the wizard asks or decides the rest. */
const FILE_ONLY = [
  'out',
  'format',
  'release',
  'next-review',
  'review-months',
  'json',
] as const;

const PRODUCTS: readonly Product[] = ['oxo', 'oxo-connect'];

/** One sentence for a problem with the next review's date. */
function nextReviewError(ctx: CommandContext, problem: NextReviewProblem): UsageError {
  const m = ctx.m.review;
  switch (problem.code) {
    case 'both':
      return new UsageError(m.nextReviewBoth);
    case 'bad-date':
      return new UsageError(m.badNextReview(problem));
    case 'bad-months':
      return new UsageError(m.badReviewMonths(problem));
    case 'conflict':
      return new UsageError(m.nextReviewConflict(problem));
    case 'too-early':
      return new UsageError(m.nextReviewTooEarly(problem));
  }
}

/**
 * The previous report, verified: a changed one is refused, whatever it says.
 * The wizard shows a warning on its own screen; here it goes to stderr.
 */
async function readPrevious(
  ctx: CommandContext,
  path: string,
  { warn = true } = {},
): Promise<PreviousReport> {
  const outcome = await readPreviousReport(path);
  if (!outcome.ok) {
    const { problem } = outcome;
    const text = previousProblemText(ctx.m, ctx.out.sym, problem);
    throw isFailure(problem) ? new Failure(text) : new UsageError(text);
  }
  const version = outcome.report.notComparedVersion;
  if (version && warn)
    ctx.out.err(`${ctx.out.sym.warn} ${ctx.m.verify.notCompared({ version })}`);

  return outcome.report;
}

/**
 * In a terminal, without an answers file: the review is answered in the
 * wizard, which writes its report beside its other reports. The flags that
 * only shape a report made from a file are refused rather than ignored.
 */
async function reviewInWizard(
  ctx: CommandContext,
  path: string,
  values: Partial<Record<(typeof FILE_ONLY)[number], unknown>>,
): Promise<number> {
  const wizard = await import('./wizard.js');
  if (!wizard.isInteractive(ctx)) throw new UsageError(ctx.m.review.needAnswers);
  const given = FILE_ONLY.filter((name) => values[name] !== undefined);
  if (given.length > 0) {
    const flags = given.map((name) => `--${name}`).join(', ');
    throw new UsageError(
      ctx.m.review.fileOnly({ flags, dir: wizard.reportsDir(ctx.home) }),
    );
  }
  const previous = await readPrevious(ctx, path, { warn: false });

  return wizard.runWizard(ctx, previous);
}

function readText(ctx: CommandContext, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') throw new UsageError(ctx.m.report.answersMissing({ path }));
    throw new UsageError(
      ctx.m.report.answersUnreadable({ path, detail: code ?? message }),
    );
  }
}

/** The release of the review: given once, on the command line or in the file, else the previous one. */
function releaseOf(
  ctx: CommandContext,
  flag: string | undefined,
  file: Record<string, unknown> | null,
  previous: ReportRecord,
  product: Product,
): string {
  const inFile = typeof file?.release === 'string' ? file.release : undefined;
  if (flag !== undefined && inFile !== undefined && flag.trim() !== inFile.trim())
    throw new UsageError(ctx.m.review.releaseConflict({ flag, file: inFile }));
  const release = flag ?? inFile ?? previous.release.input;
  const parsed = parseRelease(release, product);
  if (!parsed.ok) throw new UsageError(releaseError(ctx.m, parsed.error));

  return release;
}

/** The review's visit: the file's answers over those carried, the rest from the start. */
function reviewVisit(
  ctx: CommandContext,
  path: string,
  text: string,
  file: Record<string, unknown> | null,
  start: ReviewStart,
): Visit {
  const result = readAnswers(file ? completeAnswers(file, start.visit) : text, ITEMS);
  if (!result.ok) {
    const count = String(result.problems.length);
    throw new UsageError(
      [
        ctx.m.report.answersInvalid({ path, count }),
        ...result.problems.map(
          (problem) =>
            `  ${ctx.out.sym.bullet} ${describeProblem(ctx.m.answersFile, problem)}`,
        ),
      ].join('\n'),
    );
  }
  const named = result.previousDigest;
  if (named !== null && named !== start.previousDigest) {
    throw new UsageError(
      ctx.m.review.digestConflict({ file: named, previous: start.previousDigest }),
    );
  }

  return {
    ...result.visit,
    answers: { ...start.visit.answers, ...result.visit.answers },
  };
}

export const run: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx, 'review', OPTIONS, {
    positionals: 1,
  });
  const m = ctx.m.review;
  if (values.help) {
    ctx.out.out(m.usage);
    return EXIT.ok;
  }
  const previousPath = positionals[0];
  if (previousPath === undefined) throw new UsageError(m.needPrevious);
  if (values.answers === undefined) return reviewInWizard(ctx, previousPath, values);
  if (values.out === undefined) throw new UsageError(m.needOut);
  const lang = reportLang(ctx, values.lang);
  const formats = formatsOf(ctx, values.format);
  const asked = { date: values['next-review'], months: values['review-months'] };
  const wrong = checkNextReview(asked);
  if (wrong) throw nextReviewError(ctx, wrong);

  const previous = await readPrevious(ctx, previousPath);
  const answersPath = resolve(values.answers);
  const text = readText(ctx, answersPath);
  const file = parseReviewAnswers(text);
  const product =
    PRODUCTS.find((one) => one === file?.product) ?? previous.record.release.product;
  const release = releaseOf(ctx, values.release, file, previous.record, product);
  const now = ctx.now();
  const start = startReview(previous.record, {
    release,
    product,
    now,
    previousDigest: previous.digest,
  });
  const visit = reviewVisit(ctx, answersPath, text, file, start);
  const next = nextReviewOf(asked, visit);
  if ('problem' in next) throw nextReviewError(ctx, next.problem);
  if (next.date) visit.nextReview = next.date;

  const { report, key } = sign(ctx, visit, {
    home: ctx.home,
    now,
    ...reviewOptions(previous.record, start),
  });
  if (key.created)
    ctx.out.err(
      `${ctx.out.sym.info} ${ctx.m.report.newKey({ path: keyPath(ctx.home) })}`,
    );
  const dir = resolve(values.out);
  let paths: string[];
  try {
    paths = await writeReports(report, { dir, formats, lang });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Failure(ctx.m.report.outUnwritable({ path: dir, detail: code ?? message }));
  }
  keepCompiledCode('at-exit');

  const { sym } = ctx.out;
  const summary = reviewSummary(ctx.m, report.record, sym.arrow);
  if (values.json) {
    ctx.out.out(JSON.stringify(reviewJson(report, paths), null, 2));
    // Scripts read stdout; the acceptances to act on still reach a person.
    for (const line of summary.lines.filter((one) => one.warning))
      ctx.out.err(`${sym.warn} ${line.text}`);
    return EXIT.ok;
  }
  for (const path of paths) ctx.out.out(ctx.m.report.wrote({ path }));
  ctx.out.out(ctx.m.report.digestLine({ digest: report.digest }));
  ctx.out.out(
    ctx.m.report.fingerprintLine({ fingerprint: groupFingerprint(report.fingerprint) }),
  );
  ctx.out.out(
    m.follows({ digest: start.previousDigest, date: previous.record.visitDate }),
  );
  ctx.out.out(m.nextReview({ date: report.record.nextReview }));
  ctx.out.out(summary.heading);
  for (const line of summary.lines) {
    const mark = line.warning ? ctx.out.style.yellow(sym.warn) : sym.bullet;
    ctx.out.out(`  ${mark} ${line.text}`);
  }

  return EXIT.ok;
};
