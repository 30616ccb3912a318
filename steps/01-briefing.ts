/** Chapter 1: what the installer owes the customer before the keys change hands. */
import { EVERY_LINE, section } from './define.js';

export const briefing = section('briefing', [
  {
    id: 'customer-informed',
    section: 'briefing',
    chapter: '1',
    answer: { kind: 'status' },
    availability: { exists: EVERY_LINE, beforeNote: true },
  },
  {
    id: 'security-level-agreed',
    section: 'briefing',
    chapter: '1',
    answer: { kind: 'status' },
    availability: { exists: EVERY_LINE, beforeNote: true },
  },
  {
    id: 'unrequested-features-off',
    section: 'briefing',
    chapter: '1',
    answer: { kind: 'status' },
    availability: { exists: EVERY_LINE, beforeNote: true },
  },
]);
