/**
 * The "Attention" that closes nearly every part of chapter 4: most of the
 * safer defaults arrived in maintenance versions, so staying on the latest
 * version of the line is itself a recommendation.
 */
import { EVERY_LINE, section } from './define.js';

export const maintenance = section('maintenance', [
  {
    id: 'latest-version',
    section: 'maintenance',
    chapter: '4',
    answer: { kind: 'status' },
    availability: { exists: EVERY_LINE, beforeNote: true },
  },
]);
