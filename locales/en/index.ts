/**
 * The English catalogue is the source of truth for the shape of every
 * locale: `Messages` is its type, and the French catalogue must match it key
 * for key. Strings that depend on values are functions of named arguments.
 */
import { answersFile } from './answers-file.js';
import { availability } from './availability.js';
import { cli } from './cli.js';
import { items } from './items.js';
import { password } from './password.js';
import { ports } from './ports.js';
import { plan } from './plan.js';
import { release } from './release.js';
import { report } from './report.js';
import { review } from './review.js';
import { sections } from './sections.js';
import { verify } from './verify.js';
import { wizard } from './wizard.js';

export const en = {
  cli,
  release,
  items,
  password,
  ports,
  sections,
  availability,
  plan,
  report,
  review,
  verify,
  answersFile,
  wizard,
};

export type Messages = typeof en;
