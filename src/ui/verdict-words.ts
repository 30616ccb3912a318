/**
 * What a value check found, as lines for the screen and as the finding
 * proposed when the installer answers "not compliant".
 */
import type { Item } from '../catalogue.js';
import type { Messages } from '../i18n.js';
import type { Output } from '../output.js';
import { extHttpsPo } from '../ports/index.js';
import type { Verdict } from '../session/index.js';
import type { ToneKind } from './Tone.js';

export interface Line {
  text: string;
  tone: ToneKind;
  mark: string;
}

export interface Worded {
  lines: Line[];
  /** Pre-filled as the finding of a "not compliant" answer. */
  finding: string;
}

export function wordVerdict(
  m: Messages,
  out: Output,
  item: Item,
  verdict: Verdict,
): Worded {
  const words = m.wizard.value;
  const ok = (text: string): Line => ({ text, tone: 'ok', mark: out.sym.ok });
  const fail = (text: string): Line => ({ text, tone: 'fail', mark: out.sym.fail });
  const warn = (text: string): Line => ({ text, tone: 'warn', mark: out.sym.warn });
  const info = (text: string): Line => ({ text, tone: 'plain', mark: out.sym.info });

  switch (verdict.kind) {
    case 'hex-byte': {
      const { found, recommended } = verdict;
      return {
        lines: [
          verdict.matches
            ? ok(words.hexByteOk({ found }))
            : fail(words.hexByteOff({ found, recommended })),
        ],
        finding: words.hexByteFinding({ label: item.id, found, recommended }),
      };
    }
    case 'hex-port': {
      const { found, port, expected, matches } = verdict;
      const ports = expected.join(', ');
      const second =
        matches === null
          ? warn(words.noForwarding)
          : matches
            ? ok(words.hexPortOk)
            : fail(words.hexPortOff({ ports, expected: extHttpsPo(expected[0]!) }));
      return {
        lines: [info(words.hexPort({ found, port })), second],
        finding: words.hexPortFinding({ found, port, ports }),
      };
    }
    case 'port': {
      const { port, expected, matches, lan } = verdict;
      const ports = expected.join(', ');
      if (item.answer.kind === 'port' && item.answer.recommended !== undefined) {
        const line = matches
          ? ok(words.systemPortOk)
          : fail(lan ? words.systemPortLan({ port }) : words.systemPortOff({ port }));
        return { lines: [line], finding: words.systemPortFinding({ port }) };
      }
      const line =
        matches === null
          ? warn(words.noForwarding)
          : matches
            ? ok(words.publicPortOk)
            : fail(words.publicPortOff({ port, ports }));
      return { lines: [line], finding: words.publicPortFinding({ port, ports }) };
    }
    case 'users': {
      const { users } = verdict;
      const named = users.join(', ');
      const texts = verdict.findings.map((finding) =>
        finding.code === 'close-forwarding'
          ? m.ports.crossCheck[finding.code]({
              ports: finding.publicPorts.join(', '),
              users: named,
              count: users.length,
            })
          : m.ports.crossCheck[finding.code]({
              ports: '',
              users: finding.users.join(', '),
              count: finding.users.length,
            }),
      );
      const first =
        users.length === 0
          ? info(words.nobody)
          : info(words.users({ users: named, count: users.length }));
      return { lines: [first, ...texts.map(warn)], finding: texts.join(' ') };
    }
  }
}
