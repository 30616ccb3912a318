/**
 * Chapters 4.1 to 4.3 and 4.8: what keeps an outside caller from breaking
 * out to another outside line, and the two per-user feature rights that open
 * the system to remote use.
 */
import type { Column } from '../src/catalogue.js';
import { EVERY_LINE, section } from './define.js';

/** Table 5.1.2, first column; the text prints R8.0's version "800/030.00". */
const REMOTE_CUSTOMIZATION: Column = {
  'R3.1': '310/060.001',
  'R4.1': '410/065.001',
  'R5.1': '510/059.001',
  'R6.1': '610/047.001',
  'R7.0': { in: 'R7.1' },
  'R7.1': '710/069.001',
  'R8.0': { table: '800/030.002', text: '800/030.00' },
  'R8.1': '810/045.003',
  'R8.2': '820/026.007',
  'R9.0': '900/033.002',
  'R9.1': '910/021.001',
  'R9.2': 'all',
  'R10.0': 'all',
};

const WAN_API_ACCESS: Column = {
  'R8.2': '820/019.001',
  'R9.0': 'all',
  'R9.1': 'all',
  'R9.2': 'all',
  'R10.0': 'all',
};

/** 4.1 holds for "every release", 4.2 from R1.1 and R2.1 on. */
const everywhere = { exists: EVERY_LINE, beforeNote: true };

export const systemOptions = section('system-options', [
  {
    id: 'account-code-table-guest',
    section: 'system-options',
    chapter: '4.1',
    answer: { kind: 'status' },
    availability: everywhere,
  },
  {
    id: 'joining-incoming-outgoing',
    section: 'system-options',
    chapter: '4.2',
    answer: { kind: 'status' },
    availability: everywhere,
  },
  {
    id: 'ext-ext-transfer',
    section: 'system-options',
    chapter: '4.2',
    answer: { kind: 'status' },
    availability: everywhere,
  },
  {
    id: 'ext-ext-transfer-on-hang-up',
    section: 'system-options',
    chapter: '4.2',
    answer: { kind: 'status' },
    availability: everywhere,
  },
  {
    id: 'barring-per-user',
    section: 'system-options',
    chapter: '4.2',
    answer: { kind: 'status' },
    availability: everywhere,
  },
  {
    // Both feature rights are disabled by default wherever they exist.
    id: 'remote-customization',
    section: 'system-options',
    chapter: '4.3',
    answer: { kind: 'users' },
    availability: { exists: REMOTE_CUSTOMIZATION, secureDefault: REMOTE_CUSTOMIZATION },
  },
  {
    id: 'wan-api-access',
    section: 'system-options',
    chapter: '4.8',
    answer: { kind: 'users' },
    availability: { exists: WAN_API_ACCESS, secureDefault: WAN_API_ACCESS },
  },
]);
