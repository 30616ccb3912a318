/**
 * `oxo-harden report`: a finished session of the wizard, or an answers
 * file, signed and rendered into files without a terminal. Prints the
 * written paths, the record's digest and the signer's fingerprint, which
 * are what an installer reads out to a customer on the phone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Visit } from '../answers.js';
import { readAnswers, type AnswersProblem } from '../answers-file.js';
import { parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../context.js';
import { EXIT, Failure, UsageError } from '../errors.js';
import { isLang, type Messages } from '../i18n.js';
import { groupFingerprint, KeyFileError, keyPath } from '../keys.js';
import { printable } from '../output.js';
import { keepCompiledCode } from '../program-cache.js';
import { RecordError, type RecordOptions } from '../record.js';
import type { ReportLang } from '../report/html.js';
import {
  REPORT_FORMATS,
  signVisit,
  writeReports,
  type ReportFormat,
} from '../report/files.js';
import { ITEMS, SECTIONS } from '../../steps/index.js';

const OPTIONS = {
  session: { type: 'string' },
  answers: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
} as const;

/** `--lang` of a report: fr, en or both; the screen's language when absent. */
export function reportLang(ctx: CommandContext, value: string | undefined): ReportLang {
  if (value === undefined) return ctx.lang;
  const wanted = value.toLowerCase();
  if (wanted === 'both' || isLang(wanted)) return wanted;

  throw new UsageError(ctx.m.report.badLang({ value }));
}

/** `--format json,html,...`: the formats asked for, in the usual order; all when absent. */
export function formatsOf(
  ctx: CommandContext,
  value: string | undefined,
): ReportFormat[] {
  if (value === undefined) return [...REPORT_FORMATS];
  const wanted = value.split(',').map((part) => part.trim().toLowerCase());
  const known = REPORT_FORMATS as readonly string[];
  for (const format of wanted) {
    if (!known.includes(format)) {
      throw new UsageError(
        ctx.m.report.badFormat({ value: format, formats: REPORT_FORMATS.join(', ') }),
      );
    }
  }

  return REPORT_FORMATS.filter((format) => wanted.includes(format));
}

/** One sentence for one problem of an answers file, naming the field and what it should hold. */
export function describeProblem(
  m: Messages['answersFile'],
  problem: AnswersProblem,
): string {
  // Field names and values come from the file: shown, never acted on by the terminal.
  const path = printable(problem.path) || m.wholeFile;
  const found =
    problem.found === undefined
      ? m.missing
      : m.found({ value: printable(problem.found) });
  const options = (problem.options ?? []).join(', ');
  switch (problem.expected) {
    case 'json':
      return m.notJson({ detail: printable(problem.found ?? '') });
    case 'known-field':
      return m.unknownField({ path, options });
    case 'known-item':
      return m.unknownItem({ path });
    case 'no-value':
      return m.noValue({ path, found });
    case 'no-password-value':
      return m.noPasswordValue({ path });
    case 'reason':
      return m.needsReason({ path, status: options });
    case 'acceptance':
      return m.needsAcceptance({ path });
    case 'no-acceptance':
      return m.noAcceptance({ path, status: options });
    case 'release':
      return m.badRelease({ path, found });
    case 'one-of':
      return m.problem({ path, expected: m.oneOf({ options }), found });
    default:
      return m.problem({ path, expected: m.expected[problem.expected], found });
  }
}

function fromAnswersFile(
  ctx: CommandContext,
  path: string,
): { visit: Visit; previousDigest: string | null } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') throw new UsageError(ctx.m.report.answersMissing({ path }));
    throw new UsageError(
      ctx.m.report.answersUnreadable({ path, detail: code ?? message }),
    );
  }
  const result = readAnswers(text, ITEMS);
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

  return { visit: result.visit, previousDigest: result.previousDigest };
}

/** A finished session's visit, and for a review what its record must name. */
async function fromSession(
  ctx: CommandContext,
  id: string,
): Promise<
  { visit: Visit } & Pick<RecordOptions, 'previousDigest' | 'timeZone' | 'review'>
> {
  const [{ openStore }, { signOptionsOf }] = await Promise.all([
    import('../store.js'),
    import('../session/review.js'),
  ]);
  const session = openStore(ctx.home).get(id);
  if (!session) throw new UsageError(ctx.m.report.noSession({ id }));
  if (!session.finished) throw new UsageError(ctx.m.report.unfinishedSession({ id }));

  return { visit: session.visit, previousDigest: null, ...signOptionsOf(session) };
}

/**
 * A visit of the wizard whose report this wrote is no longer offered to
 * write it. Should its file not be writable, the wizard offers it again,
 * which writes a second copy: nothing is lost either way.
 */
async function reportWritten(home: string, id: string, now: Date): Promise<void> {
  const [{ openStore }, { progressOf, reduce }] = await Promise.all([
    import('../store.js'),
    import('../session/index.js'),
  ]);
  try {
    const store = openStore(home, { progress: (one) => progressOf(one, SECTIONS) });
    const stored = store.get(id);
    if (!stored?.reportPending) return;
    const { updatedAt: _updatedAt, ...session } = stored;
    const deps = { sections: SECTIONS, now: () => now };
    store.save(reduce(session, { type: 'reportWritten' }, deps), now);
  } catch {
    // See above.
  }
}

/** The visit signed, or the key or release problem worded for the user. */
export function sign(
  ctx: CommandContext,
  visit: Visit,
  options: Parameters<typeof signVisit>[1],
) {
  const m = ctx.m.report;
  try {
    return signVisit(visit, options);
  } catch (error) {
    if (error instanceof KeyFileError) {
      const detail = error.detail;
      throw new Failure(
        error.code === 'unwritable'
          ? m.keyUnwritable({ path: error.path, detail })
          : m.keyUnreadable({ path: error.path, detail }),
      );
    }
    if (error instanceof RecordError)
      throw new UsageError(m.badRelease({ release: error.input }));
    throw error;
  }
}

export const run: Command = async (ctx) => {
  const { values } = parseCommandArgs(ctx, 'report', OPTIONS);
  const m = ctx.m.report;
  if (values.help) {
    ctx.out.out(m.usage);
    return EXIT.ok;
  }
  if (values.answers !== undefined && values.session !== undefined)
    throw new UsageError(m.bothSources);
  if (values.answers === undefined && values.session === undefined)
    throw new UsageError(m.needSource);
  if (values.out === undefined) throw new UsageError(m.needOut);
  const lang = reportLang(ctx, values.lang);
  const formats = formatsOf(ctx, values.format);

  const source =
    values.answers !== undefined
      ? fromAnswersFile(ctx, resolve(values.answers))
      : await fromSession(ctx, values.session!);

  const { visit, ...chain } = source;
  const { report, key } = sign(ctx, visit, { home: ctx.home, now: ctx.now(), ...chain });
  if (key.created)
    ctx.out.err(`${ctx.out.sym.info} ${m.newKey({ path: keyPath(ctx.home) })}`);

  const dir = resolve(values.out);
  let paths: string[];
  try {
    paths = await writeReports(report, { dir, formats, lang });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Failure(m.outUnwritable({ path: dir, detail: code ?? message }));
  }
  if (values.session !== undefined)
    await reportWritten(ctx.home, values.session, ctx.now());
  for (const path of paths) ctx.out.out(m.wrote({ path }));
  ctx.out.out(m.digestLine({ digest: report.digest }));
  ctx.out.out(m.fingerprintLine({ fingerprint: groupFingerprint(report.fingerprint) }));
  keepCompiledCode('at-exit');

  return EXIT.ok;
};
