/**
 * `oxo-harden ports`: chapter 3 at the router. `--public` plans the one
 * forwarding rule and every place its port must be entered; `--forward`
 * checks the rules already there. Both can be asked at once.
 */
import type { ForwardingRule } from '../answers.js';
import { parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import {
  checkForwarding,
  parseForwardSpec,
  parsePort,
  planPublicPort,
  type ForwardingCheck,
  type PublicPortPlan,
} from '../ports/index.js';
import { formatRelease, type Release } from '../release.js';
import { describeRelease, releaseOption } from '../release-words.js';

function rule(ctx: CommandContext, forwarding: ForwardingRule): string {
  const m = ctx.m.ports;
  const from = m.publicEnd({ port: String(forwarding.publicPort) });
  const to = m.oxoEnd({ port: String(forwarding.oxoPort) });

  return `${from} ${ctx.out.sym.arrow} ${to}`;
}

function printPlan(ctx: CommandContext, plan: PublicPortPlan, release?: Release): void {
  const { out } = ctx;
  const m = ctx.m.ports;
  const port = String(plan.publicPort);
  const bullet = (text: string) => `    ${out.sym.bullet} ${text}`;
  if (plan.needsVpn && release) {
    out.out(`${out.style.red(out.sym.fail)} ${m.needsVpn({ line: release.line })}`);
    return;
  }

  out.out(m.planHeading);
  out.out(`  ${out.style.bold(rule(ctx, plan.forwarding))}`);
  out.out();
  if (plan.extHttpsPo === null) {
    out.out(m.standardPort);
  } else {
    out.out(m.otherPort({ port }));
    for (const group of ['user', 'management'] as const) {
      out.out(`  ${group === 'user' ? m.userApps : m.managementApps}`);
      for (const place of plan.places.filter((candidate) => candidate.group === group)) {
        out.out(bullet(m.place[place.app]({ port, value: plan.extHttpsPo })));
      }
    }
  }
  out.out();
  for (const reminder of plan.reminders)
    out.out(`${out.sym.info} ${m.reminder[reminder]}`);
}

function printCheck(ctx: CommandContext, check: ForwardingCheck, release: Release): void {
  const { out } = ctx;
  const m = ctx.m.ports;
  out.out(m.forwardHeading({ release: describeRelease(ctx.m, release) }));
  for (const verdict of check.verdicts) {
    const trunk = verdict.rule.trunk ? ` ${m.trunk}` : '';
    const ok = verdict.problems.length === 0;
    const mark = ok ? out.style.green(out.sym.ok) : out.style.red(out.sym.fail);
    out.out(`  ${mark} ${rule(ctx, verdict.rule)}${trunk}`);
    const port = String(verdict.rule.oxoPort);
    const why = ok
      ? [verdict.trunkException ? m.allowedTrunk : m.allowed]
      : verdict.problems.map((problem) => {
          const words = m.problem[problem];
          return typeof words === 'function' ? words({ port }) : words;
        });
    for (const line of why) out.out(`      ${ok ? out.style.dim(line) : line}`);
  }
  out.out();
  for (const advice of check.advice) out.out(`${out.sym.info} ${m.reminder[advice]}`);
  out.out();
  const broken = check.verdicts.filter((verdict) => verdict.problems.length > 0).length;
  out.out(
    broken === 0
      ? `${out.style.green(out.sym.ok)} ${m.forwardingOk}`
      : `${out.style.red(out.sym.fail)} ${m.forwardingBroken({ count: broken })}`,
  );
}

function forwardRules(ctx: CommandContext, specs: string[]): ForwardingRule[] {
  const m = ctx.m.ports;

  return specs.map((value) => {
    const parsed = parseForwardSpec(value);
    if (parsed.ok) return parsed.rule;
    if (parsed.error.code === 'port') {
      throw new UsageError(m.badForwardPort({ value, port: parsed.error.value }));
    }
    throw new UsageError(m.badForward({ value }));
  });
}

export const run: Command = async (ctx) => {
  const m = ctx.m.ports;
  const { values } = parseCommandArgs(ctx, 'ports', {
    public: { type: 'string' },
    forward: { type: 'string', multiple: true },
    release: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    ctx.out.out(m.usage);
    return EXIT.ok;
  }

  const specs = values.forward ?? [];
  if (values.public === undefined && specs.length === 0)
    throw new UsageError(m.nothingToDo);
  const publicPort = values.public === undefined ? undefined : parsePort(values.public);
  if (publicPort === null) {
    throw new UsageError(m.badPort({ option: '--public', value: values.public! }));
  }
  const rules = forwardRules(ctx, specs);
  if (rules.length > 0 && values.release === undefined) {
    throw new UsageError(m.forwardNeedsRelease);
  }
  const release =
    values.release === undefined ? undefined : releaseOption(ctx, values.release);

  const plan = publicPort === undefined ? undefined : planPublicPort(publicPort, release);
  const check = rules.length > 0 ? checkForwarding(rules, release!) : undefined;
  const failed = Boolean(plan?.needsVpn) || (check !== undefined && !check.compliant);

  if (values.json) {
    const document = {
      ...(release ? { release: formatRelease(release) } : {}),
      ...(plan ? { public: plan } : {}),
      ...(check ? { forwarding: check } : {}),
      ok: !failed,
    };
    ctx.out.out(JSON.stringify(document, null, 2));
  } else {
    if (plan) printPlan(ctx, plan, release);
    if (plan && check) ctx.out.out();
    if (check) printCheck(ctx, check, release!);
  }

  return failed ? EXIT.failure : EXIT.ok;
};
