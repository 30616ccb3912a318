/** The forwarding rules and what the note says of each, as lines. */
import type { ForwardingRule, Visit } from '../answers.js';
import type { Messages } from '../i18n.js';
import type { Output } from '../output.js';
import { checkForwarding, crossCheckRemoteAccess } from '../ports/index.js';
import { releaseOf, WAN_API_ITEM } from '../session/index.js';
import type { Line } from './verdict-words.js';

export function ruleLabel(m: Messages, out: Output, rule: ForwardingRule): string {
  const text = `${rule.publicPort} ${out.sym.arrow} ${rule.oxoPort}`;

  return rule.trunk ? `${text} ${m.ports.trunk}` : text;
}

export function forwardingLines(m: Messages, out: Output, visit: Visit): Line[] {
  const rules = visit.forwarding;
  const release = releaseOf(visit);
  const lines: Line[] = [];
  if (release) {
    for (const verdict of checkForwarding(rules, release).verdicts) {
      const rule = ruleLabel(m, out, verdict.rule);
      const port = String(verdict.rule.oxoPort);
      if (verdict.problems.length === 0) {
        const why = verdict.trunkException ? m.ports.allowedTrunk : m.ports.allowed;
        lines.push({
          text: m.wizard.labelled({ label: rule, text: why }),
          tone: 'ok',
          mark: out.sym.ok,
        });
      }
      for (const problem of verdict.problems) {
        const why =
          problem === 'needs-vpn'
            ? m.ports.problem[problem]
            : m.ports.problem[problem]({ port });
        lines.push({
          text: m.wizard.labelled({ label: rule, text: why }),
          tone: 'fail',
          mark: out.sym.fail,
        });
      }
    }
  }
  if (!visit.remoteAccess && rules.length > 0) {
    lines.push({
      text: m.wizard.forwarding.notWanted({ count: rules.length }),
      tone: 'fail',
      mark: out.sym.fail,
    });
  }
  const users = visit.answers[WAN_API_ITEM]?.value;
  if (Array.isArray(users)) {
    for (const finding of crossCheckRemoteAccess({
      forwarding: rules,
      wanApiUsers: users,
      vpn: false,
    })) {
      const text =
        finding.code === 'close-forwarding'
          ? m.ports.crossCheck[finding.code]({
              ports: finding.publicPorts.join(', '),
              users: '',
              count: 0,
            })
          : m.ports.crossCheck[finding.code]({
              ports: '',
              users: finding.users.join(', '),
              count: finding.users.length,
            });
      lines.push({ text, tone: 'warn', mark: out.sym.warn });
    }
  }

  return lines;
}
