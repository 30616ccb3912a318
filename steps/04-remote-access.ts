/**
 * Chapter 3. Before R8.2 the only way in from the Internet is a VPN; from
 * R8.2 the system tells Internet traffic by its destination port, 50443.
 * Items past the first apply only when the customer wants remote access.
 */
import { EVERY_LINE, fromLine, section, untilLine } from './define.js';

export const remoteAccess = section('remote-access', [
  {
    id: 'remote-access-only-if-needed',
    section: 'remote-access',
    chapter: '3.1',
    answer: { kind: 'status' },
    availability: { exists: EVERY_LINE, beforeNote: true },
  },
  {
    id: 'internet-access-device-secured',
    section: 'remote-access',
    chapter: '3.1',
    answer: { kind: 'status' },
    availability: { exists: EVERY_LINE, beforeNote: true },
    needsRemoteAccess: true,
  },
  {
    id: 'remote-access-vpn',
    section: 'remote-access',
    chapter: '3.2',
    answer: { kind: 'status' },
    availability: { exists: untilLine('R8.2'), beforeNote: true },
    needsRemoteAccess: true,
  },
  {
    id: 'remote-access-50443',
    section: 'remote-access',
    chapter: '3.3',
    answer: { kind: 'port', recommended: 50443 },
    availability: { exists: fromLine('R8.2') },
    needsRemoteAccess: true,
  },
  {
    id: 'pimphony-remote-vpn',
    section: 'remote-access',
    chapter: '3.3',
    answer: { kind: 'status' },
    availability: { exists: fromLine('R8.2', 'no-fn') },
    needsRemoteAccess: true,
  },
  {
    id: 'remote-app-ports',
    section: 'remote-access',
    chapter: '3.4',
    answer: { kind: 'port' },
    availability: { exists: fromLine('R8.2', 'no-fn') },
    needsRemoteAccess: true,
  },
]);
