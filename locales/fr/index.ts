import type { Messages } from '../en/index.js';
import { cli } from './cli.js';
import { release } from './release.js';

export const fr: Messages = {
  cli,
  release,
};
