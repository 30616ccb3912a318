import type { EnforcementState } from './enforcement.js';
import type { PasswordFinding, PasswordRuleId } from './types.js';

/** A rule the system applies, with what this release does about it. */
export function systemRule(
  rule: PasswordRuleId,
  broken: boolean,
  state: EnforcementState,
): PasswordFinding {
  const enforced = state.enforcement === 'enforced' || state.enforcement === 'partly';

  return {
    rule,
    broken,
    advice: false,
    enforcedBySystem: enforced,
    enforcement: state.enforcement,
    enforcedSince: state.since,
    ...(state.conflict ? { conflict: state.conflict } : {}),
  };
}

/** The note's advice: no release checks it. */
export function adviceRule(rule: PasswordRuleId, broken: boolean): PasswordFinding {
  return {
    rule,
    broken,
    advice: true,
    enforcedBySystem: false,
    enforcement: 'never',
    enforcedSince: null,
  };
}
