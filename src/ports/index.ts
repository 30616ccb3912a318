/**
 * The remote-access planner of TC1143 chapter 3, as plain functions: no
 * input, no output. The `ports` command and the wizard word the results.
 */
export * from './port.js';
export * from './plan.js';
export * from './forwarding.js';
export * from './cross-check.js';
export { needsVpn } from './release-gate.js';
