/**
 * Chapter 2.2: the passwords OMC (and MMC-Station) log in with, and the
 * software download session, which has its own.
 */
import type { Column } from '../src/catalogue.js';
import { EVERY_LINE, fromLine, section } from './define.js';

/** 5.2, second and third columns. */
const FROM_910_021_001: Column = {
  'R9.1': '910/021.001',
  'R9.2': 'all',
  'R10.0': 'all',
};

const advice = { exists: EVERY_LINE, beforeNote: true };

export const managementPasswords = section('management-passwords', [
  {
    id: 'management-default-passwords',
    section: 'management-passwords',
    chapter: '2.2',
    answer: { kind: 'status' },
    availability: advice,
  },
  {
    id: 'management-password-practice',
    section: 'management-passwords',
    chapter: '2.2',
    answer: { kind: 'status' },
    availability: advice,
  },
  {
    id: 'download-session-password',
    section: 'management-passwords',
    chapter: '2.2',
    answer: { kind: 'status' },
    availability: advice,
  },
  {
    id: 'callback-authorized-callers',
    section: 'management-passwords',
    chapter: '2.2',
    answer: { kind: 'status' },
    availability: advice,
  },
  {
    id: 'management-password-control',
    section: 'management-passwords',
    chapter: '2.2',
    answer: { kind: 'password', passwordKind: 'management' },
    availability: { exists: FROM_910_021_001 },
  },
  {
    id: 'operator-password-rules',
    section: 'management-passwords',
    chapter: '2.2',
    answer: { kind: 'password', passwordKind: 'operator' },
    availability: { exists: fromLine('R10.0') },
  },
  {
    id: 'AutoPwdChk',
    section: 'management-passwords',
    chapter: '2.2',
    answer: { kind: 'status' },
    availability: { exists: FROM_910_021_001 },
  },
  {
    id: 'installer-reset-identity',
    section: 'management-passwords',
    chapter: '2.2',
    answer: { kind: 'status' },
    availability: { exists: fromLine('R9.0') },
  },
]);
