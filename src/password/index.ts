/**
 * The password policy of TC1143 chapter 2, as plain functions: no input,
 * no output, no storage. The command and the wizard word the results.
 */
export { checkPassword } from './check.js';
export {
  enforcementOf,
  sixDigitsOf,
  userControlOf,
  type Enforcement,
  type EnforcementState,
} from './enforcement.js';
export { isTrivialUserCode, isUserPattern } from './user.js';
export { COMMON_WORDS } from './words.js';
export * from './types.js';
