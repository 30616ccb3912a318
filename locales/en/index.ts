/**
 * The English catalogue is the source of truth for the shape of every
 * locale: `Messages` is its type, and the French catalogue must match it key
 * for key. Strings that depend on values are functions of named arguments.
 */
import { cli } from './cli.js';
import { release } from './release.js';

export const en = {
  cli,
  release,
};

export type Messages = typeof en;
