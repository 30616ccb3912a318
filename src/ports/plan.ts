/**
 * What to set up for one public port (3.3 and 3.4): the forwarding rule on
 * the Internet access device and, when the port is not 443, every place an
 * application must be given it.
 */
import type { ForwardingRule } from '../answers.js';
import type { Release } from '../release.js';
import { extHttpsPo, HTTPS_PORT, INTERNET_PORT } from './port.js';
import { needsVpn } from './release-gate.js';

export type AppId = 'pimphony' | 'my-ic-mobile' | 'my-ic-web' | 'omc' | 'web-based-tool';

export interface AppPlace {
  app: AppId;
  /** User applications (3.4.1) or management applications (3.4.2). */
  group: 'user' | 'management';
  chapter: string;
}

/** In the note's order; the same public port serves every application. */
export const APP_PLACES: readonly AppPlace[] = [
  { app: 'pimphony', group: 'user', chapter: '3.4.1.1' },
  { app: 'my-ic-mobile', group: 'user', chapter: '3.4.1.2' },
  { app: 'my-ic-web', group: 'user', chapter: '3.4.1.3' },
  { app: 'omc', group: 'management', chapter: '3.4.2.1' },
  { app: 'web-based-tool', group: 'management', chapter: '3.4.2.2' },
];

export type PlanReminder =
  /** The system's side is always 50443, never its LAN ports 443 or 10443 (3.3). */
  | 'internet-port-only'
  /** A port other than 443 only when 443 is taken on the public address (3.4). */
  | 'other-port-only-when-443-taken'
  /** With 443: if another HTTPS server already has it, pick another port (3.4). */
  | 'if-443-taken'
  /** Forward to 50443 only if some users are given WAN API access (4.8). */
  | 'wan-api-access'
  /** Remote PIMphony IP works over a VPN only (3.3). */
  | 'pimphony-ip-vpn-only';

export interface PublicPortPlan {
  publicPort: number;
  /** The rule for the Internet access device: {public IP, publicPort} → {OXO IP, 50443}. */
  forwarding: ForwardingRule;
  /** ExtHttpsPo as two hex bytes; null for 443, where it needs no change. */
  extHttpsPo: string | null;
  /** Where else the port must be entered; empty for 443, the applications' default. */
  places: AppPlace[];
  reminders: PlanReminder[];
  /** The release is older than R8.2: no forwarding at all, a VPN is needed instead. */
  needsVpn: boolean;
}

export function planPublicPort(publicPort: number, release?: Release): PublicPortPlan {
  const standard = publicPort === HTTPS_PORT;
  const reminders: PlanReminder[] = [
    'internet-port-only',
    standard ? 'if-443-taken' : 'other-port-only-when-443-taken',
    'wan-api-access',
    'pimphony-ip-vpn-only',
  ];

  return {
    publicPort,
    forwarding: { publicPort, oxoPort: INTERNET_PORT },
    extHttpsPo: standard ? null : extHttpsPo(publicPort),
    places: standard ? [] : [...APP_PLACES],
    reminders,
    needsVpn: release ? needsVpn(release) : false,
  };
}
