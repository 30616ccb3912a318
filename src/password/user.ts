/**
 * User passwords (2.1): the one code, typed on a set's keypad, that opens
 * voice mail, the Personal Assistant, DISA transit, PIMphony, My IC Mobile...
 */
import { sixDigitsOf, userControlOf, type EnforcementState } from './enforcement.js';
import { adviceRule, systemRule } from './finding.js';
import {
  isDoubled,
  isKeypadRun,
  isRepeated,
  isRepeatedBlock,
  isRun,
} from './patterns.js';
import type { CheckOptions, PasswordFinding } from './types.js';

/**
 * The system refuses trivial codes from some versions on, without
 * publishing its list. The tool counts as trivial what the note's examples
 * (1234, 0000, 1111) stand for, which any list holds: one digit repeated
 * and a whole ascending or descending run. Shorter repeated blocks (1212,
 * 123123), doubled digits (1122, 112233) and keypad runs through 0 (7890)
 * are as easy to guess but may pass the system, so they are advice.
 */
export function isTrivialUserCode(password: string): boolean {
  return isRepeated(password) || isRun(password);
}

export function isUserPattern(password: string): boolean {
  return isRepeatedBlock(password) || isDoubled(password) || isKeypadRun(password);
}

export function userFindings(password: string, options: CheckOptions): PasswordFinding[] {
  const { release, digits } = options;
  const length = [...password].length;
  const six = sixDigitsOf(release);
  const lengths = digits ? [digits] : six === 'no' ? [4] : [4, 6];
  // Digits and length are fixed by the keypad entry itself, on every release.
  const always: EnforcementState = release
    ? { enforcement: 'enforced', since: null }
    : { enforcement: 'no-release', since: null };
  const trivial = isTrivialUserCode(password);

  const findings = [
    systemRule('user-digits', !/^[0-9]+$/.test(password), always),
    { ...systemRule('user-length', !lengths.includes(length), always), lengths },
    systemRule('user-trivial', trivial, userControlOf(release)),
    adviceRule('user-pattern', !trivial && isUserPattern(password)),
  ];
  // Advice to switch to six digits makes sense only where the release can.
  if (six !== 'no') findings.push(adviceRule('user-six-digits', length !== 6));

  return findings;
}
