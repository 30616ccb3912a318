/**
 * `oxo-harden plan --release <r>`: the checklist tailored to one release,
 * read before the visit. Human output by default; `--json` gives scripts one
 * object on stdout and keeps every warning on stderr.
 */
import { parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { planEntries, recommendedValue } from '../availability-words.js';
import { planLines } from '../plan-table.js';
import { describeRelease, releaseOption } from '../release-words.js';
import {
  ACCEPTED_FORMS,
  formatVersion,
  parseLineName,
  type Product,
  type Release,
} from '../release.js';

const PRODUCTS: readonly Product[] = ['oxo', 'oxo-connect'];

function readProduct(
  ctx: CommandContext,
  value: string | undefined,
): Product | undefined {
  if (value === undefined) return undefined;
  const product = PRODUCTS.find((candidate) => candidate === value.toLowerCase());
  if (!product) throw new UsageError(ctx.m.plan.badProduct({ value }));

  return product;
}

/** The release asked for, or a usage error naming the forms the tool reads. */
function readRelease(ctx: CommandContext, input: string | undefined, product?: Product) {
  if (input === undefined || input.trim() === '') {
    throw new UsageError(ctx.m.plan.missingRelease({ forms: ACCEPTED_FORMS.join(', ') }));
  }

  return releaseOption(ctx, input, product);
}

function versionText(release: Release): string | null {
  return release.version
    ? formatVersion(parseLineName(release.line), release.version)
    : null;
}

function planJson(ctx: CommandContext, release: Release) {
  const { product, line, noteLine, era, warnings } = release;

  return {
    release: { product, line, version: versionText(release), noteLine, era, warnings },
    items: planEntries(release).map(({ item, evaluation }) => {
      const words = ctx.m.items[item.id];

      return {
        id: item.id,
        section: item.section,
        chapter: item.chapter,
        availability: evaluation.availability,
        since: evaluation.since,
        defaultSecure: evaluation.defaultSecure,
        title: words.title,
        recommendation: words.recommendation,
        risk: words.risk,
        where: words.where,
        recommended: recommendedValue(item.answer),
        conflict: evaluation.conflict,
      };
    }),
  };
}

export const run: Command = async (ctx) => {
  const { values } = parseCommandArgs(ctx, 'plan', {
    release: { type: 'string' },
    product: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    ctx.out.out(ctx.m.plan.usage);
    return EXIT.ok;
  }

  const release = readRelease(ctx, values.release, readProduct(ctx, values.product));

  if (values.json) {
    ctx.out.out(JSON.stringify(planJson(ctx, release), null, 2));
    return EXIT.ok;
  }
  const columns = (ctx.out.stdout as { columns?: number }).columns;
  const width = Math.max(60, Math.min(80, columns ?? 80));
  const { sym, style } = ctx.out;
  ctx.out.out(
    planLines(release, describeRelease(ctx.m, release), {
      m: ctx.m,
      sym,
      style,
      width,
    }).join('\n'),
  );

  return EXIT.ok;
};
