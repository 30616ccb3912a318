import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Flags every command accepts; cli.tsx has already acted on them. */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/**
 * `util.parseArgs` with its English errors replaced by the user's language,
 * and every mistake turned into a usage error (exit 2).
 */
export function parseCommandArgs<const O extends Options>(
  ctx: CommandContext,
  command: string,
  options: O,
  { positionals = 0 }: { positionals?: number } = {},
) {
  const all = { ...COMMON_OPTIONS, ...options };
  const m = ctx.m.cli;
  try {
    const parsed = parseArgs({
      args: ctx.args,
      options: all,
      allowPositionals: true,
      strict: true,
    });
    const extra = parsed.positionals[positionals];
    if (extra !== undefined) {
      throw new UsageError(
        m.badOption({ command, detail: m.unexpectedArgument({ value: extra }) }),
      );
    }

    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    const detail =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? m.unknownOption({ option })
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? m.missingValue({ option })
          : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? m.unexpectedArgument({ value: option })
            : message;
    throw new UsageError(m.badOption({ command, detail }));
  }
}
