import type { PasswordKind } from '../../src/answers.js';
import type { Enforcement, PasswordRuleId } from '../../src/password/index.js';

type Since = { since: string; line: string };

export const password = {
  usage: [
    'Usage: oxo-harden check-password --kind user|management|operator [--release <release>] [--digits 4|6]',
    '',
    'Checks a password against the rules of TC1143 chapter 2, before it is typed into OMC or on a set.',
    'The password is typed at the terminal without being shown, or piped as one line. It is never',
    'taken from the command line, never printed and never stored.',
    '',
    '  --kind user         a user password (voice mail, Personal Assistant, PIMphony, My IC Mobile)',
    '  --kind management   the Installer, Administrator or software download session password',
    '  --kind operator     the Operator password',
    '  --release <r>       the system’s release, for example R910/021.001: tells what the system itself enforces',
    '  --digits 4|6        user passwords: the length the system is set to',
    '',
    'Exit status: 0 when the password meets the system’s rules, 1 when it does not, 2 on bad usage, 130 on Ctrl+C.',
  ].join('\n'),
  kind: {
    user: 'User password',
    management:
      'Management password (Installer, Administrator, software download session)',
    operator: 'Operator password',
  } satisfies Record<PasswordKind, string>,
  prompt: {
    user: 'User password (not shown as you type): ',
    management: 'Management password (not shown as you type): ',
    operator: 'Operator password (not shown as you type): ',
  } satisfies Record<PasswordKind, string>,
  release: ({ release }: { release: string }) => `Release: ${release}`,
  noRelease:
    'No release given: add --release (for example --release R910/021.001) to learn which of these rules the system itself enforces.',
  systemHeading: 'The system’s rules:',
  adviceHeading: 'The note’s advice (reported; it does not decide the verdict):',
  rule: {
    'user-digits': 'Digits only (0 to 9)',
    'user-length': ({ lengths }: { lengths: string }) => `Length: ${lengths} digits`,
    'user-trivial':
      'Not trivial: not one digit repeated (0000, 1111), not an ascending or descending run (1234, 4321, 0123)',
    'user-pattern':
      'No short repeated pattern (1212, 123123), no doubled digits (1122) and no keypad run through 0 (7890)',
    'user-six-digits':
      'Six digits rather than four where the release allows it (from 820/026.007, 900/033.002, 910/021.001 and in every later release)',
    'length-8': 'Exactly 8 characters',
    upper: 'At least one upper-case letter (A-Z)',
    lower: 'At least one lower-case letter (a-z)',
    digit: 'At least one digit (0-9)',
    'letters-digits-only':
      'Letters and digits only: no accents, spaces or special characters',
    'two-different': 'At least two different characters (not 11111111 or aaaaaaaa)',
    'not-run':
      'Not an ascending or descending run from end to end (not 12345678 or abcdefgh)',
    trivial:
      'Not a trivial sequence (12345678, 11111111, 00000000), even with upper and lower case mixed',
    pattern: 'No short block repeated (Ab12Ab12) and no doubled characters (AAbb1122)',
    'common-word':
      'No everyday word, and not the vendor’s name or an account’s (password, admin, Alcatel…)',
    'related-word': 'Nothing from the customer’s own names (company, site)',
  } satisfies Record<PasswordRuleId, unknown>,
  lengthEither: ({ first, second }: { first: string; second: string }) =>
    `${first} or ${second}`,
  /** Said under a system rule that this release does not (fully) enforce. */
  enforcement: {
    partly: ({ since }: Since) =>
      `This version refuses only part of the trivial passwords; the longer list came with ${since}.`,
    'not-yet': ({ since }: Since) =>
      `This version does not enforce it; the system does from ${since} on.`,
    'not-in-line': ({ since, line }: Since) =>
      `Release ${line} does not enforce it; the system does from ${since} on.`,
    'version-unknown': ({ since, line }: Since) =>
      `Release ${line} enforces it from ${since} on: give the full version to know.`,
    'no-release': ({ since }: Since) => `The system enforces it from ${since} on.`,
  } satisfies Partial<Record<Enforcement, unknown>>,
  /** The same, said once for all the rules of a list. */
  enforcementAll: {
    partly: ({ since }: Since) =>
      `This version refuses only part of the trivial passwords; the longer list came with ${since}.`,
    'not-yet': ({ since }: Since) =>
      `This version does not enforce these rules; the system does from ${since} on.`,
    'not-in-line': ({ since, line }: Since) =>
      `Release ${line} does not enforce these rules; the system does from ${since} on.`,
    'version-unknown': ({ since, line }: Since) =>
      `Release ${line} enforces these rules from ${since} on: give the full version to know.`,
    'no-release': ({ since }: Since) =>
      `The system enforces these rules from ${since} on.`,
  } satisfies Partial<Record<Enforcement, unknown>>,
  conflict: ({ table, text }: { table: string; text: string }) =>
    `The note gives ${table} in its table and ${text} in its text; the later one is taken.`,
  compliant: 'Compliant: the password meets every rule of the system.',
  adviceNotFollowed: ({ count }: { count: number }) =>
    count === 1
      ? 'One piece of the note’s advice is not followed: consider another password.'
      : `${count} pieces of the note’s advice are not followed: consider another password.`,
  notCompliant: ({ count }: { count: number }) =>
    count === 1
      ? 'Not compliant: the password breaks one of the system’s rules. Choose another one.'
      : `Not compliant: the password breaks ${count} of the system’s rules. Choose another one.`,
  interrupted: 'Interrupted: nothing was checked.',
  missingKind:
    'Say which password this is: --kind user, --kind management or --kind operator.',
  badKind: ({ value }: { value: string }) =>
    `"${value}" is not a kind of password. Use --kind user, --kind management or --kind operator.`,
  badDigits: ({ value }: { value: string }) =>
    `--digits ${value}: user passwords have 4 or 6 digits. Use --digits 4 or --digits 6.`,
  digitsNotUser:
    '--digits applies to user passwords only: use it with --kind user, or leave it out.',
  sixDigitsUnavailable: ({ release }: { release: string }) =>
    `${release} has no six-digit user passwords: they came with 820/026.007, 900/033.002, 910/021.001 and every later release. Use --digits 4, or upgrade first.`,
  passwordAsArgument:
    'check-password does not take the password on the command line, where the shell history would keep it. Run it without the password and type it at the prompt, or pipe it in on one line.',
  emptyPassword:
    'No password was given. Type it at the prompt, or pipe it in on one line.',
};
