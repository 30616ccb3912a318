/** Chapter 4.11: certificate management, in the Web-Based Tool from R10.0. */
import { fromLine, section } from './define.js';

export const certificates = section('certificates', [
  {
    id: 'certificate-management',
    section: 'certificates',
    chapter: '4.11',
    answer: { kind: 'status' },
    availability: { exists: fromLine('R10.0') },
  },
  {
    id: 'omc-certificate-check',
    section: 'certificates',
    chapter: '4.11',
    answer: { kind: 'status' },
    availability: { exists: fromLine('R10.0') },
  },
]);
