/** The verdict of an offline password check, as lines; the broken rules are named, the password never. */
import type { Messages } from '../i18n.js';
import type { Output } from '../output.js';
import type { PasswordCheck, PasswordFinding } from '../password/index.js';
import type { Line } from './verdict-words.js';

function ruleText(m: Messages, finding: PasswordFinding): string {
  const rule = m.password.rule[finding.rule];
  if (typeof rule === 'string') return rule;
  const lengths = finding.lengths ?? [];
  const text =
    lengths.length === 2
      ? m.password.lengthEither({ first: String(lengths[0]), second: String(lengths[1]) })
      : lengths.join(', ');

  return rule({ lengths: text });
}

/** The verdict alone: what a resumed session still knows of a check. */
export function verdictLine(
  m: Messages,
  out: Output,
  compliant: boolean,
  broken = 1,
): Line {
  return compliant
    ? { text: m.password.compliant, tone: 'ok', mark: out.sym.ok }
    : {
        text: m.password.notCompliant({ count: broken }),
        tone: 'fail',
        mark: out.sym.fail,
      };
}

export function passwordLines(m: Messages, out: Output, check: PasswordCheck): Line[] {
  const system = check.findings.filter((finding) => finding.broken && !finding.advice);
  const advice = check.findings.filter((finding) => finding.broken && finding.advice);
  const lines = [verdictLine(m, out, check.compliant, system.length)];
  for (const finding of system) {
    lines.push({ text: ruleText(m, finding), tone: 'fail', mark: out.sym.bullet });
  }
  if (advice.length > 0) {
    lines.push({
      text: m.password.adviceNotFollowed({ count: advice.length }),
      tone: 'warn',
      mark: out.sym.warn,
    });
  }

  return lines;
}
