/**
 * The router's existing forwarding rules, held against the security rules
 * of 3.3: traffic from the Internet reaches the system on 50443 only, never
 * on its LAN ports, and on another port only for a declared public IP trunk.
 */
import type { ForwardingRule } from '../answers.js';
import type { Release } from '../release.js';
import { INTERNET_PORT, LAN_PORTS, parsePort } from './port.js';
import { needsVpn } from './release-gate.js';

export type ForwardingProblem =
  /** Before R8.2: no forwarding at all, remote access needs a VPN (3.2). */
  | 'needs-vpn'
  /** To 443 or 10443, the ports the system keeps for the LAN. */
  | 'lan-port'
  /** To a port other than 50443, and not declared as the public IP trunk. */
  | 'not-internet-port';

export interface ForwardingVerdict {
  rule: ForwardingRule;
  /** Empty when the rule is allowed. */
  problems: ForwardingProblem[];
  /** Allowed only as the declared public IP trunk, the one exception to "50443 only". */
  trunkException: boolean;
}

export type ForwardingAdvice = 'pimphony-ip-vpn-only' | 'wan-api-access';

export interface ForwardingCheck {
  compliant: boolean;
  verdicts: ForwardingVerdict[];
  advice: ForwardingAdvice[];
}

function verdict(rule: ForwardingRule, release: Release): ForwardingVerdict {
  if (needsVpn(release)) return { rule, problems: ['needs-vpn'], trunkException: false };
  if (LAN_PORTS.includes(rule.oxoPort)) {
    return { rule, problems: ['lan-port'], trunkException: false };
  }
  if (rule.oxoPort === INTERNET_PORT)
    return { rule, problems: [], trunkException: false };
  if (rule.trunk) return { rule, problems: [], trunkException: true };

  return { rule, problems: ['not-internet-port'], trunkException: false };
}

export function checkForwarding(
  rules: readonly ForwardingRule[],
  release: Release,
): ForwardingCheck {
  const verdicts = rules.map((rule) => verdict(rule, release));
  const open = verdicts.some(
    (v) => v.problems.length === 0 && v.rule.oxoPort === INTERNET_PORT,
  );
  // WAN API access matters only once something actually reaches 50443.
  const advice: ForwardingAdvice[] = open
    ? ['wan-api-access', 'pimphony-ip-vpn-only']
    : ['pimphony-ip-vpn-only'];

  return {
    compliant: verdicts.every((v) => v.problems.length === 0),
    verdicts,
    advice,
  };
}

export type ForwardSpecError = { code: 'syntax' } | { code: 'port'; value: string };

/** "443:50443" or "5060:5060:trunk", as `--forward` takes it. */
export function parseForwardSpec(
  input: string,
): { ok: true; rule: ForwardingRule } | { ok: false; error: ForwardSpecError } {
  const parts = input.trim().split(':');
  const [publicText, oxoText, flag] = parts;
  if (
    parts.length < 2 ||
    parts.length > 3 ||
    publicText === undefined ||
    oxoText === undefined
  ) {
    return { ok: false, error: { code: 'syntax' } };
  }
  if (flag !== undefined && flag.toLowerCase() !== 'trunk') {
    return { ok: false, error: { code: 'syntax' } };
  }
  const publicPort = parsePort(publicText);
  if (publicPort === null)
    return { ok: false, error: { code: 'port', value: publicText } };
  const oxoPort = parsePort(oxoText);
  if (oxoPort === null) return { ok: false, error: { code: 'port', value: oxoText } };

  return {
    ok: true,
    rule:
      flag === undefined ? { publicPort, oxoPort } : { publicPort, oxoPort, trunk: true },
  };
}
