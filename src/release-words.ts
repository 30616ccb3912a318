/**
 * How a release, its warnings and its refusals read, on screen and on the
 * command line alike, so that the wizard, the commands and the reports
 * describe one system in the same words.
 */
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import type { Messages } from './i18n.js';
import {
  ACCEPTED_FORMS,
  parseRelease,
  type Product,
  type Release,
  type ReleaseError,
} from './release.js';

const pad3 = (n: number) => String(n).padStart(3, '0');

/** "OmniPCX Office RCE, release R9.1, version 021.001", as the report writes it too. */
export function describeRelease(m: Messages, release: Release): string {
  const product = m.release.productName[release.product];
  const version = release.version
    ? `${pad3(release.version[0])}.${pad3(release.version[1])}`
    : undefined;

  return m.release.describe({ product, line: release.line, version });
}

export function releaseWarnings(m: Messages, release: Release): string[] {
  return release.warnings.map((warning) => m.release.warning[warning.code](warning));
}

/** Why a typed release was refused, with the forms the tool reads. */
export function releaseError(m: Messages, error: ReleaseError): string {
  if (error.code === 'unknown-line') return m.release.unknownLine(error);
  if (error.code === 'oxo-connect-line') return m.release.badConnectLine(error);

  return m.release.badFormat({ input: error.input, forms: ACCEPTED_FORMS.join(', ') });
}

/**
 * A release given on the command line: read, or refused as a usage error
 * naming the accepted forms. Its warnings go to standard error, so that
 * `--json` output stays clean.
 */
export function releaseOption(
  ctx: CommandContext,
  input: string,
  product?: Product,
): Release {
  const parsed = parseRelease(input, product);
  if (!parsed.ok) throw new UsageError(releaseError(ctx.m, parsed.error));
  for (const warning of releaseWarnings(ctx.m, parsed.release)) {
    ctx.out.err(`${ctx.out.sym.warn} ${warning}`);
  }

  return parsed.release;
}
