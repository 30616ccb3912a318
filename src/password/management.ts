/**
 * Management passwords (2.2): Installer, Administrator and the software
 * download session follow the R9.1 rules; the Operator follows the R10.0
 * rules. The note's advice (no trivial sequence, no everyday word, nothing
 * about the customer) holds for all of them, on every release.
 */
import { enforcementOf, MANAGEMENT_CONTROL, OPERATOR_CONTROL } from './enforcement.js';
import { adviceRule, systemRule } from './finding.js';
import {
  containsWord,
  isDoubled,
  isRepeated,
  isRepeatedBlock,
  isRun,
  nameParts,
} from './patterns.js';
import type { CheckOptions, PasswordFinding } from './types.js';
import { COMMON_WORDS } from './words.js';

const LETTERS_AND_DIGITS = /^[A-Za-z0-9]*$/;

function advice(
  password: string,
  options: CheckOptions,
  caught: boolean,
): PasswordFinding[] {
  // Case does not make a sequence harder to guess: "aBcDeFgH" is still a run.
  const lower = password.toLowerCase();
  const trivial = isRepeated(lower) || isRun(lower);
  const findings = [
    // Where a system rule already refuses the sequence, saying it twice helps nobody.
    adviceRule('trivial', trivial && !caught),
    adviceRule('pattern', !trivial && (isRepeatedBlock(lower) || isDoubled(lower))),
    adviceRule('common-word', containsWord(password, COMMON_WORDS)),
  ];
  const related = nameParts(options.related ?? []);
  if (related.length > 0) {
    findings.push(adviceRule('related-word', containsWord(password, related)));
  }

  return findings;
}

export function managementFindings(
  password: string,
  options: CheckOptions,
): PasswordFinding[] {
  const state = enforcementOf(MANAGEMENT_CONTROL, options.release);

  return [
    systemRule('length-8', [...password].length !== 8, state),
    systemRule('upper', !/[A-Z]/.test(password), state),
    systemRule('lower', !/[a-z]/.test(password), state),
    systemRule('digit', !/[0-9]/.test(password), state),
    systemRule('letters-digits-only', !LETTERS_AND_DIGITS.test(password), state),
    ...advice(password, options, false),
  ];
}

export function operatorFindings(
  password: string,
  options: CheckOptions,
): PasswordFinding[] {
  const state = enforcementOf(OPERATOR_CONTROL, options.release);
  const sameEverywhere = new Set(password).size < 2;
  const run = isRun(password);

  return [
    systemRule('length-8', [...password].length !== 8, state),
    systemRule('digit', !/[0-9]/.test(password), state),
    systemRule('two-different', sameEverywhere, state),
    systemRule('not-run', run, state),
    systemRule('letters-digits-only', !LETTERS_AND_DIGITS.test(password), state),
    ...advice(password, options, sameEverywhere || run),
  ];
}
