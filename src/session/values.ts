/**
 * The values an installer reads off the system, checked against what the
 * note recommends: a noteworthy address, ExtHttpsPo, a port, the users who
 * have a feature right. A check returns what it found, never words; the
 * screen words it and proposes a status, and the installer decides.
 */
import type { AnswerValue, ForwardingRule, Visit } from '../answers.js';
import type { Item } from '../catalogue.js';
import {
  crossCheckRemoteAccess,
  extHttpsPo,
  INTERNET_PORT,
  LAN_PORTS,
  parseExtHttpsPo,
  parsePort,
  type RemoteAccessFinding,
} from '../ports/index.js';
import type { Proposal } from './types.js';

/** The item whose users are held against the forwarding rules (4.8). */
export const WAN_API_ITEM = 'wan-api-access';
/** The item that, answered compliant, says remote users come in over a VPN. */
export const VPN_ITEM = 'remote-access-vpn';

export type ValueError = 'hex-byte' | 'hex-port' | 'port';

export type Verdict =
  | { kind: 'hex-byte'; found: string; recommended: string; matches: boolean }
  /** `expected` holds the public ports forwarded to 50443; empty when none is known. */
  | {
      kind: 'hex-port';
      found: string;
      port: number;
      expected: number[];
      matches: boolean | null;
    }
  | {
      kind: 'port';
      port: number;
      expected: number[];
      matches: boolean | null;
      lan: boolean;
    }
  | { kind: 'users'; users: string[]; findings: RemoteAccessFinding[]; checked: boolean };

export type ValueCheck =
  { ok: false; error: ValueError } | { ok: true; value: AnswerValue; verdict: Verdict };

/** "01", "1", "0x01", "01h": one byte, written back the way OMC shows it. */
export function parseHexByte(input: string): string | null {
  const match = /^(?:0x)?([0-9a-f]{1,2})h?$/i.exec(input.trim());

  return match ? match[1]!.toUpperCase().padStart(2, '0') : null;
}

/** "anne, Bruno ,, Anne" → ["anne", "Bruno"]: names as typed, each once. */
export function parseUsers(input: string): string[] {
  const seen = new Set<string>();
  const users: string[] = [];
  for (const name of input.split(/[,;\n]/).map((part) => part.trim())) {
    const key = name.toLocaleLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    users.push(name);
  }

  return users;
}

/** The public ports the router sends to the system's Internet port. */
export function publicPortsOf(rules: readonly ForwardingRule[]): number[] {
  return rules.filter((rule) => rule.oxoPort === INTERNET_PORT).map((r) => r.publicPort);
}

function wanApiFindings(users: string[], visit: Visit): RemoteAccessFinding[] {
  const vpn = visit.answers[VPN_ITEM]?.status === 'compliant';

  return crossCheckRemoteAccess({
    forwarding: visit.forwarding,
    wanApiUsers: users,
    vpn,
  });
}

export function checkValue(item: Item, input: string, visit: Visit): ValueCheck {
  const { answer } = item;
  const expected = publicPortsOf(visit.forwarding);
  switch (answer.kind) {
    case 'hex-byte': {
      const found = parseHexByte(input);
      if (!found) return { ok: false, error: 'hex-byte' };
      const { recommended } = answer;

      return {
        ok: true,
        value: found,
        verdict: { kind: 'hex-byte', found, recommended, matches: found === recommended },
      };
    }
    case 'hex-port': {
      const port = parseExtHttpsPo(input);
      if (port === null) return { ok: false, error: 'hex-port' };
      const found = extHttpsPo(port);
      const matches = expected.length === 0 ? null : expected.includes(port);

      return {
        ok: true,
        value: found,
        verdict: { kind: 'hex-port', found, port, expected, matches },
      };
    }
    case 'port': {
      const port = parsePort(input);
      if (port === null) return { ok: false, error: 'port' };
      // With a recommended port, the value is the system's side of the
      // forwarding; without one, it is the public port the applications use.
      const wanted = answer.recommended !== undefined ? [answer.recommended] : expected;
      const matches = wanted.length === 0 ? null : wanted.includes(port);
      const lan = answer.recommended !== undefined && LAN_PORTS.includes(port);

      return {
        ok: true,
        value: port,
        verdict: { kind: 'port', port, expected: wanted, matches, lan },
      };
    }
    case 'users': {
      const users = parseUsers(input);
      const checked = item.id === WAN_API_ITEM;
      const findings = checked ? wanApiFindings(users, visit) : [];

      return {
        ok: true,
        value: users,
        verdict: { kind: 'users', users, findings, checked },
      };
    }
    default:
      return { ok: false, error: 'port' };
  }
}

/** The status a verdict points to; null where only the installer can tell. */
export function proposedStatus(verdict: Verdict): Proposal['status'] | null {
  switch (verdict.kind) {
    case 'hex-byte':
      return verdict.matches ? 'compliant' : 'not-compliant';
    case 'hex-port':
    case 'port':
      if (verdict.matches === null) return null;
      return verdict.matches ? 'compliant' : 'not-compliant';
    case 'users':
      if (verdict.findings.length > 0) return 'not-compliant';
      // Nobody holding the right is the recommended state for both lists;
      // a list of names is for the installer to judge, unless cross-checked.
      return verdict.users.length === 0 || verdict.checked ? 'compliant' : null;
  }
}
