import type { Command } from '../context.js';

/**
 * Each command is loaded only when it is called, so that starting the wizard
 * does not pay for the report renderers and the other way round.
 */
export const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  'check-password': () => import('./check-password.js'),
  ports: () => import('./ports.js'),
  plan: () => import('./plan.js'),
  report: () => import('./report.js'),
  review: () => import('./review.js'),
  verify: () => import('./verify.js'),
  wizard: () => import('./wizard.js'),
};
