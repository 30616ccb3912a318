/**
 * `oxo-harden verify <file>`: is this report the one that was signed? Works
 * on the JSON, the HTML page, the Markdown file or the PDF. Exit 0 with a
 * summary when intact, 1 with every check that failed, 2 when the file is
 * not a report at all.
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../context.js';
import { EXIT, Failure, UsageError } from '../errors.js';
import { groupFingerprint } from '../keys.js';
import { printable } from '../output.js';
import { installerLine, type ReportRecord } from '../record.js';
import { verifyFile, type VerifyProblem } from '../verify.js';

const OPTIONS = { signer: { type: 'string' } } as const;

/** Quotes of the file, field names from it and its record's texts: shown, never acted on. */
function problemText(ctx: CommandContext, problem: VerifyProblem): string {
  const m = ctx.m.verify.problem;
  switch (problem.code) {
    case 'unparsable':
      return m.unparsable({ detail: printable(problem.detail) });
    case 'malformed':
      return m.malformed({ field: problem.field });
    case 'record-changed':
      return m['record-changed']({ paths: printable(problem.paths.join(', ')) });
    case 'signer':
      return m.signer({ expected: problem.expected });
    default:
      return m[problem.code];
  }
}

function summary(
  ctx: CommandContext,
  record: ReportRecord,
  fingerprint: string,
  digest: string,
): string[] {
  const m = ctx.m.verify;
  const customer = record.signOff
    ? m.signedBy({
        name: record.signOff.customer.name,
        role: record.signOff.customer.role,
      })
    : m.notSignedOff;

  // Anyone can sign a record with a key of their own: its texts must not
  // be able to move the cursor and draw over the signer's fingerprint.
  const fields: Array<[label: string, value: string]> = [
    [m.label.site, `${record.site.customer}, ${record.site.name}`],
    [m.label.date, record.visitDate],
    [m.label.installer, installerLine(record.people.installer)],
    [m.label.signer, groupFingerprint(fingerprint)],
    [m.label.customer, customer],
    [m.label.digest, digest],
  ];

  return fields.map(([label, value]) => printable(`  ${m.field({ label, value })}`));
}

export const run: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx, 'verify', OPTIONS, {
    positionals: 1,
  });
  const m = ctx.m.verify;
  if (values.help) {
    ctx.out.out(m.usage);
    return EXIT.ok;
  }
  const path = positionals[0];
  if (path === undefined) throw new UsageError(m.needFile);

  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') throw new UsageError(m.missing({ path }));
    if (code === 'EISDIR') throw new UsageError(m.notAReport({ path }));
    throw new UsageError(m.unreadable({ path, detail: code ?? message }));
  }

  const outcome = await verifyFile(file, values.signer ? { signer: values.signer } : {});
  if (outcome.kind === 'not-a-report') throw new UsageError(m.notAReport({ path }));

  const { style, sym } = ctx.out;
  if (outcome.problems.length > 0) {
    const lines = [
      `${sym.fail} ${m.failed({ path, count: String(outcome.problems.length) })}`,
      ...outcome.problems.map(
        (problem) => `  ${sym.bullet} ${problemText(ctx, problem)}`,
      ),
    ];
    throw new Failure(lines.join('\n'));
  }

  ctx.out.out(
    style.green(`${sym.ok} ${m.intact({ path, carrier: m.carrier[outcome.carrier] })}`),
  );
  for (const line of summary(ctx, outcome.record!, outcome.fingerprint!, outcome.digest!))
    ctx.out.out(line);
  if (outcome.notComparedVersion) {
    ctx.out.err(`${sym.warn} ${m.notCompared({ version: outcome.notComparedVersion })}`);
  }
  if (!values.signer) ctx.out.out(m.compareFingerprint);

  return EXIT.ok;
};
