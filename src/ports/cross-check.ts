/**
 * The forwarding and the users' WAN API access (4.8) only make sense
 * together: one without the other is either a door left open for nobody or
 * users who cannot get in. The wizard holds both and asks here.
 */
import type { ForwardingRule } from '../answers.js';
import { INTERNET_PORT } from './port.js';

export interface RemoteAccessFacts {
  forwarding: readonly ForwardingRule[];
  /** The users given WAN API access, by name. */
  wanApiUsers: readonly string[];
  /** Whether remote users come in over a VPN. */
  vpn: boolean;
}

export type RemoteAccessFinding =
  /** Forwarding to 50443 while nobody has WAN API access: close it. */
  | { code: 'close-forwarding'; publicPorts: number[] }
  /** WAN API access with no forwarding to 50443 and no VPN: these users cannot get in. */
  | { code: 'unreachable-users'; users: string[] };

export function crossCheckRemoteAccess(facts: RemoteAccessFacts): RemoteAccessFinding[] {
  const open = facts.forwarding.filter((rule) => rule.oxoPort === INTERNET_PORT);
  const findings: RemoteAccessFinding[] = [];
  if (open.length > 0 && facts.wanApiUsers.length === 0) {
    findings.push({
      code: 'close-forwarding',
      publicPorts: open.map((rule) => rule.publicPort),
    });
  }
  if (open.length === 0 && facts.wanApiUsers.length > 0 && !facts.vpn) {
    findings.push({ code: 'unreachable-users', users: [...facts.wanApiUsers] });
  }

  return findings;
}
