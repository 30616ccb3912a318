/**
 * The site's last report, read from disk and verified before a periodic
 * review starts from it. The `review` command and the wizard both read it
 * here, so that they refuse the same files with the same words: a report
 * that was changed (or that a later version made) cannot be trusted, which
 * is a failure; a file that is not a report, or is not there, is the
 * user's to fix.
 */
import { readFileSync } from 'node:fs';
import type { Messages } from './i18n.js';
import type { Symbols } from './output.js';
import { RECORD_FORMAT_VERSION, type ReportRecord } from './record.js';
import { verifyFile, type VerifyProblem } from './verify.js';

export interface PreviousReport {
  /** As given: the screens and messages name it so. */
  path: string;
  record: ReportRecord;
  /** As its envelope gives it, checked: the review's record names it. */
  digest: string;
  /** Set when the visible text could not be compared: the version that made it. */
  notComparedVersion: string | null;
}

export type PreviousProblem =
  | { code: 'missing' | 'not-a-report'; path: string }
  | { code: 'unreadable'; path: string; detail: string }
  | { code: 'tampered'; path: string; problems: VerifyProblem[] }
  | { code: 'newer'; path: string; version: string };

export type PreviousOutcome =
  { ok: true; report: PreviousReport } | { ok: false; problem: PreviousProblem };

export async function readPreviousReport(path: string): Promise<PreviousOutcome> {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') return { ok: false, problem: { code: 'missing', path } };
    if (code === 'EISDIR') return { ok: false, problem: { code: 'not-a-report', path } };
    return {
      ok: false,
      problem: { code: 'unreadable', path, detail: code ?? message },
    };
  }
  const outcome = await verifyFile(file);
  if (outcome.kind === 'not-a-report')
    return { ok: false, problem: { code: 'not-a-report', path } };
  const { problems, record, digest } = outcome;
  if (problems.length > 0 || !record || !digest)
    return { ok: false, problem: { code: 'tampered', path, problems } };
  if (record.formatVersion > RECORD_FORMAT_VERSION)
    return { ok: false, problem: { code: 'newer', path, version: record.tool.version } };

  return {
    ok: true,
    report: { path, record, digest, notComparedVersion: outcome.notComparedVersion },
  };
}

/** Whether the report cannot be trusted (exit 1), rather than not given right (exit 2). */
export function isFailure(problem: PreviousProblem): boolean {
  return problem.code === 'tampered' || problem.code === 'newer';
}

function verifyProblemText(m: Messages, problem: VerifyProblem): string {
  const words = m.verify.problem;
  switch (problem.code) {
    case 'unparsable':
      return words.unparsable({ detail: problem.detail });
    case 'malformed':
      return words.malformed({ field: problem.field });
    case 'record-changed':
      return words['record-changed']({ paths: problem.paths.join(', ') });
    case 'signer':
      return words.signer({ expected: problem.expected });
    default:
      return words[problem.code];
  }
}

/** A refusal in words: what happened, each check that failed, and what to do instead. */
export interface ProblemWords {
  headline: string;
  details: string[];
  advice: string | null;
}

export function previousProblemWords(
  m: Messages,
  problem: PreviousProblem,
): ProblemWords {
  const words = m.review;
  const { path } = problem;
  const only = (headline: string): ProblemWords => ({
    headline,
    details: [],
    advice: null,
  });
  switch (problem.code) {
    case 'missing':
      return only(words.previousMissing({ path }));
    case 'not-a-report':
      return only(words.notAReport({ path }));
    case 'unreadable':
      return only(words.previousUnreadable({ path, detail: problem.detail }));
    case 'newer':
      return only(words.newerRecord({ path, version: problem.version }));
    case 'tampered':
      return {
        headline: words.tampered({ path, count: String(problem.problems.length) }),
        details: problem.problems.map((one) => verifyProblemText(m, one)),
        advice: words.tamperedAdvice,
      };
  }
}

/** The refusal as the `review` command prints it: a changed report gets its checks listed. */
export function previousProblemText(
  m: Messages,
  sym: Pick<Symbols, 'fail' | 'bullet'>,
  problem: PreviousProblem,
): string {
  const { headline, details, advice } = previousProblemWords(m, problem);
  if (details.length === 0 && advice === null) return headline;

  return [
    `${sym.fail} ${headline}`,
    ...details.map((detail) => `  ${sym.bullet} ${detail}`),
    ...(advice ? [advice] : []),
  ].join('\n');
}
