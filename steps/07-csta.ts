/** Chapter 4.10: external CSTA applications, allowed or not by one OMC option. */
import { fromLine, section } from './define.js';

export const csta = section('csta', [
  {
    // A system migrated to R10.0 keeps the value it had: the help says so.
    id: 'csta-external-apps',
    section: 'csta',
    chapter: '4.10',
    answer: { kind: 'status' },
    availability: {
      exists: fromLine('R8.2'),
      secureDefault: { 'R10.0': 'all' },
      defaultByCountry: ['R8.2', 'R9.0', 'R9.1', 'R9.2'],
    },
  },
]);
