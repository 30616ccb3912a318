/**
 * Chapter 2.1: the one password that opens every user service (voice mail,
 * Personal Assistant, forwarding, DISA transit, PIMphony, My IC Mobile...).
 * The advice holds on every release; the system's own checks came later.
 */
import type { Column } from '../src/catalogue.js';
import { EVERY_LINE, section } from './define.js';

/** 5.2, first column, with the running text's versions where they differ. */
const USER_PASSWORD_CONTROL: Column = {
  'R4.1': { table: '410/064.001', text: '410/065.001' },
  'R5.1': { table: '510/058.001', text: '510/059.001' },
  'R6.1': '610/047.001',
  'R7.1': { table: '710/057.007', text: '710/052.007' },
  'R8.0': '800/030.002',
  'R8.1': '810/045.003',
  'R8.2': '820/026.007',
  'R9.0': '900/033.002',
  'R9.1': '910/021.001',
  'R9.2': 'all',
  'R10.0': 'all',
};

/**
 * The text names only 800/043.001 and 810/047.001. Later lines are taken to
 * have the extended list from the first version that checks passwords at all.
 */
const TRIVIAL_LIST_EXTENDED: Column = {
  'R8.0': '800/043.001',
  'R8.1': '810/047.001',
  'R8.2': '820/026.007',
  'R9.0': '900/033.002',
  'R9.1': '910/021.001',
  'R9.2': 'all',
  'R10.0': 'all',
};

const SIX_DIGITS: Column = {
  'R8.2': '820/026.007',
  'R9.0': '900/033.002',
  'R9.1': '910/021.001',
  'R9.2': 'all',
  'R10.0': 'all',
};

const FROM_R9_1: Column = { 'R9.1': 'all', 'R9.2': 'all', 'R10.0': 'all' };

const advice = { exists: EVERY_LINE, beforeNote: true };

export const userPasswords = section('user-passwords', [
  {
    id: 'password-responsibility',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'status' },
    availability: advice,
  },
  {
    id: 'default-user-passwords-changed',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'status' },
    availability: advice,
  },
  {
    id: 'no-trivial-user-passwords',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'password', passwordKind: 'user' },
    availability: advice,
  },
  {
    id: 'user-password-renewal',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'status' },
    availability: advice,
  },
  {
    id: 'user-password-not-shared',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'status' },
    availability: advice,
  },
  {
    id: 'set-locking',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'status' },
    availability: advice,
  },
  {
    id: 'user-password-control',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'status' },
    availability: { exists: USER_PASSWORD_CONTROL },
  },
  {
    id: 'trivial-list-extended',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'status' },
    availability: { exists: TRIVIAL_LIST_EXTENDED },
  },
  {
    id: 'trivial-after-swap',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'status' },
    availability: { exists: USER_PASSWORD_CONTROL },
  },
  {
    id: 'six-digit-user-passwords',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'status' },
    availability: { exists: SIX_DIGITS },
  },
  {
    id: 'trivial-password-reset',
    section: 'user-passwords',
    chapter: '2.1',
    answer: { kind: 'status' },
    availability: { exists: FROM_R9_1 },
  },
  {
    // 5.2, last column: OMC 910/14.1b and later checks and resets user
    // passwords on every release, whatever the system's own version.
    id: 'omc-password-check',
    section: 'user-passwords',
    chapter: '5.2',
    answer: { kind: 'status' },
    availability: advice,
  },
]);
