import { compareLines, parseLineName, type Release } from '../release.js';

const FIRST_FORWARDING_LINE = parseLineName('R8.2');

/**
 * Before R8.2 the system cannot tell Internet traffic from LAN traffic, so
 * remote access from the Internet needs a VPN and no forwarding is allowed
 * (3.2). A line newer than the note, or OXO Connect, is past R8.2.
 */
export function needsVpn(release: Release): boolean {
  if (release.era === 'after-note') return false;

  return compareLines(parseLineName(release.line), FIRST_FORWARDING_LINE) < 0;
}
