/**
 * `oxo-harden check-password`: the offline check of chapter 2, for an
 * installer about to type a password into OMC or on a set. The password
 * comes in through the terminal or a pipe only, and leaves no trace: it is
 * not printed, not in any message, not stored.
 */
import type { PasswordKind } from '../answers.js';
import { parseCommandArgs } from '../args.js';
import type { CommandContext, Command } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import {
  checkPassword,
  sixDigitsOf,
  type PasswordCheck,
  type PasswordFinding,
} from '../password/index.js';
import { readSecret } from '../password/read-secret.js';
import { describeRelease, releaseOption } from '../release-words.js';
import { formatRelease, type Release } from '../release.js';

const KINDS: readonly PasswordKind[] = ['user', 'management', 'operator'];

/** What the release does about a rule, when it is worth saying: at most two dim lines. */
function enforcementLines(
  ctx: CommandContext,
  finding: PasswordFinding,
  release: Release | undefined,
  all: boolean,
): string[] {
  const m = ctx.m.password;
  const words = all ? m.enforcementAll : m.enforcement;
  const say = words[finding.enforcement as keyof typeof words];
  const lines: string[] = [];
  if (say && finding.enforcedSince) {
    lines.push(say({ since: finding.enforcedSince, line: release?.line ?? '' }));
  }
  // A dispute between table and text only matters while the later version is not reached.
  const disputed =
    finding.enforcement === 'not-yet' || finding.enforcement === 'version-unknown';
  if (finding.conflict && disputed) lines.push(m.conflict(finding.conflict));

  return lines;
}

function ruleLine(ctx: CommandContext, finding: PasswordFinding): string {
  const { sym, style } = ctx.out;
  const m = ctx.m.password;
  const words = m.rule[finding.rule];
  const [first = '', second = ''] = (finding.lengths ?? []).map(String);
  const lengths = second ? m.lengthEither({ first, second }) : first;
  const label = typeof words === 'function' ? words({ lengths }) : words;
  const mark = !finding.broken
    ? style.green(sym.ok)
    : finding.advice
      ? style.yellow(sym.warn)
      : style.red(sym.fail);

  return `  ${mark} ${label}`;
}

/**
 * The system's rules, each with what the release does about it. Where the
 * release treats them all alike, as it does for management passwords, that
 * is said once under the list rather than after every rule.
 */
function systemLines(
  ctx: CommandContext,
  findings: PasswordFinding[],
  release?: Release,
): string[] {
  const dim = (line: string) => ctx.out.style.dim(line);
  const rules = findings.map((finding) => ruleLine(ctx, finding));
  const notes = findings.map((finding) => enforcementLines(ctx, finding, release, false));
  const shared =
    findings.length > 1 && notes.every((lines) => lines.join() === notes[0]!.join());
  if (shared) {
    const once = enforcementLines(ctx, findings[0]!, release, true);

    return [...rules, ...once.map((line) => dim(`  ${line}`))];
  }

  return rules.flatMap((rule, index) => [
    rule,
    ...notes[index]!.map((line) => dim(`      ${line}`)),
  ]);
}

function print(ctx: CommandContext, result: PasswordCheck, release?: Release): void {
  const { out } = ctx;
  const m = ctx.m.password;
  const system = result.findings.filter((finding) => !finding.advice);
  const advice = result.findings.filter((finding) => finding.advice);

  out.out(out.style.bold(m.kind[result.kind]));
  out.out(
    release ? m.release({ release: describeRelease(ctx.m, release) }) : m.noRelease,
  );
  out.out();
  out.out(m.systemHeading);
  for (const line of systemLines(ctx, system, release)) out.out(line);
  out.out();
  out.out(m.adviceHeading);
  for (const finding of advice) out.out(ruleLine(ctx, finding));
  out.out();

  const broken = system.filter((finding) => finding.broken).length;
  const unfollowed = advice.filter((finding) => finding.broken).length;
  if (broken > 0) {
    out.out(`${out.style.red(out.sym.fail)} ${m.notCompliant({ count: broken })}`);
    return;
  }
  out.out(`${out.style.green(out.sym.ok)} ${m.compliant}`);
  if (unfollowed > 0) {
    out.out(
      `${out.style.yellow(out.sym.warn)} ${m.adviceNotFollowed({ count: unfollowed })}`,
    );
  }
}

export const run: Command = async (ctx) => {
  const m = ctx.m.password;
  // Every word after the command is taken, so that a password typed there by
  // mistake is refused without being repeated back.
  const { values, positionals } = parseCommandArgs(
    ctx,
    'check-password',
    { kind: { type: 'string' }, release: { type: 'string' }, digits: { type: 'string' } },
    { positionals: Number.POSITIVE_INFINITY },
  );
  if (values.help) {
    ctx.out.out(m.usage);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(m.passwordAsArgument);

  if (values.kind === undefined) throw new UsageError(m.missingKind);
  const kind = KINDS.find((candidate) => candidate === values.kind);
  if (!kind) throw new UsageError(m.badKind({ value: values.kind }));
  if (values.digits !== undefined && kind !== 'user') {
    throw new UsageError(m.digitsNotUser);
  }
  if (values.digits !== undefined && values.digits !== '4' && values.digits !== '6') {
    throw new UsageError(m.badDigits({ value: values.digits }));
  }
  const digits = values.digits === undefined ? undefined : values.digits === '6' ? 6 : 4;
  const release =
    values.release === undefined ? undefined : releaseOption(ctx, values.release);
  if (digits === 6 && sixDigitsOf(release) === 'no') {
    throw new UsageError(m.sixDigitsUnavailable({ release: formatRelease(release!) }));
  }

  const secret = await readSecret(
    ctx.stdin,
    (text) => ctx.out.stderr.write(text),
    m.prompt[kind],
  );
  if (secret === null) {
    ctx.out.err(m.interrupted);
    return EXIT.interrupted;
  }
  if (secret === '') throw new UsageError(m.emptyPassword);

  const result = checkPassword(secret, { kind, release, digits });
  print(ctx, result, release);

  return result.compliant ? EXIT.ok : EXIT.failure;
};
