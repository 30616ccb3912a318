/**
 * Chapters 4.4 to 4.7 and 4.9, and ExtHttpsPo from 3.4.1.2: labels under
 * System Miscellaneous > Memory Read/Write > Other Labels. The columns are
 * table 5.1.1; where a line has the setting from its first version, the
 * running text says so and the table leaves the cell empty.
 */
import type { Column } from '../src/catalogue.js';
import { fromLine, section } from './define.js';

/** The versions from which the later lines ship the secure defaults. */
const SECURE_FROM_R7_1: Column = {
  'R7.1': '710/022.001',
  'R8.0': '800/030.002',
  'R8.1': '810/045.003',
  'R8.2': '820/026.007',
  'R9.0': '900/033.002',
  'R9.1': '910/021.001',
  'R9.2': 'all',
  'R10.0': 'all',
};

const FIRST_VERSION_FROM_R7_1: Column = {
  'R7.1': 'all',
  'R8.0': 'all',
  'R8.1': 'all',
  'R8.2': 'all',
  'R9.0': 'all',
  'R9.1': 'all',
  'R9.2': 'all',
  'R10.0': 'all',
};

export const noteworthyAddresses = section('noteworthy-addresses', [
  {
    id: 'PerAssAlwd',
    section: 'noteworthy-addresses',
    chapter: '4.4',
    answer: { kind: 'hex-byte', recommended: '00' },
    availability: {
      exists: {
        'R3.1': '310/055.001',
        'R4.1': '410/056.001',
        'R5.1': '510/035.001',
        'R6.1': '610/012.001',
        'R7.0': '700/012.005',
        ...FIRST_VERSION_FROM_R7_1,
      },
      // R3.1 keeps 01 (enabled) in every version.
      secureDefault: {
        'R4.1': '410/064.001',
        'R5.1': '510/058.001',
        'R6.1': { table: '610/031.001', text: '610/033.001' },
        'R7.0': '700/026.001',
        ...SECURE_FROM_R7_1,
      },
    },
  },
  {
    id: 'VMUMaxTry',
    section: 'noteworthy-addresses',
    chapter: '4.5',
    answer: { kind: 'hex-byte', recommended: '03' },
    availability: {
      exists: {
        'R3.1': '310/060.001',
        'R4.1': '410/064.001',
        'R5.1': '510/058.001',
        'R6.1': { table: '610/015.003', text: '610/015.001' },
        'R7.0': '700/012.005',
        ...FIRST_VERSION_FROM_R7_1,
      },
      secureDefault: {
        'R3.1': '310/060.001',
        'R4.1': '410/064.001',
        'R5.1': '510/058.001',
        'R6.1': '610/033.001',
        'R7.0': '700/026.001',
        ...SECURE_FROM_R7_1,
      },
    },
  },
  {
    id: 'DivRemCust',
    section: 'noteworthy-addresses',
    chapter: '4.6',
    answer: { kind: 'hex-byte', recommended: '00' },
    availability: {
      exists: {
        ...fromLine('R7.0', 'no-fn'),
        'R7.0': { in: 'R7.1' },
        'R7.1': '710/028.001',
      },
      secureDefault: {
        'R7.1': '710/028.001',
        'R8.0': '800/030.002',
        'R8.1': '810/045.003',
        'R8.2': '820/026.007',
        'R9.0': '900/033.002',
        // The text prints "R910/021.00"; the table's full version is taken.
        'R9.1': { table: '910/021.001', text: '910/021.00' },
        'R9.2': 'all',
        'R10.0': 'all',
      },
    },
  },
  {
    id: 'CallCorres',
    section: 'noteworthy-addresses',
    chapter: '4.7',
    answer: { kind: 'hex-byte', recommended: '00' },
    availability: {
      exists: {
        'R5.1': '510/064.001',
        'R6.1': '610/052.001',
        'R7.0': { in: 'R7.1' },
        'R7.1': '710/097.001',
        'R8.0': { in: 'R8.2' },
        'R8.1': { in: 'R8.2' },
        'R8.2': '820/045.001',
        'R9.0': '900/037.001',
        'R9.1': '910/021.001',
        'R9.2': 'all',
        'R10.0': 'all',
      },
      secureDefault: 'country',
    },
  },
  {
    // 01 closes every LAN and WAN link but OMC's. The default, 00, leaves
    // them all open, so it never counts as the secure default.
    id: 'ExtLnkClsd',
    section: 'noteworthy-addresses',
    chapter: '4.9',
    answer: { kind: 'hex-byte', recommended: '01' },
    availability: {
      exists: { ...fromLine('R8.2'), 'R8.0': { in: 'R8.2' }, 'R8.1': { in: 'R8.2' } },
      secureDefault: {},
    },
  },
  {
    // Only remote access through port forwarding (R8.2 on) has a public port.
    id: 'ExtHttpsPo',
    section: 'noteworthy-addresses',
    chapter: '3.4.1.2',
    answer: { kind: 'hex-port' },
    availability: { exists: fromLine('R8.2', 'no-fn') },
    needsRemoteAccess: true,
  },
]);
