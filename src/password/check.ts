/**
 * The offline password check, run before the installer types a password
 * into OMC or on a set. It gets the password, returns a verdict and never
 * keeps, prints or logs the password: only the verdict may be stored.
 */
import { managementFindings, operatorFindings } from './management.js';
import type { CheckOptions, PasswordCheck } from './types.js';
import { userFindings } from './user.js';

const FINDINGS = {
  user: userFindings,
  management: managementFindings,
  operator: operatorFindings,
};

export function checkPassword(password: string, options: CheckOptions): PasswordCheck {
  const findings = FINDINGS[options.kind](password, options);

  return {
    kind: options.kind,
    compliant: findings.every((finding) => finding.advice || !finding.broken),
    adviceBroken: findings.some((finding) => finding.advice && finding.broken),
    findings,
  };
}
