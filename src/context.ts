import type { Lang, Messages } from './i18n.js';
import type { Output } from './output.js';

/** What every command receives: nothing global is read after this point. */
export interface CommandContext {
  /** The arguments after the command's name. */
  args: string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & {
    isTTY?: boolean;
    setRawMode?: (raw: boolean) => unknown;
  };
  out: Output;
  lang: Lang;
  m: Messages;
  /** Where the store, the key and the reports live (see home.ts). */
  home: string;
  /** The clock, injectable so that dates in tests are fixed. */
  now: () => Date;
}

/** A command resolves to its exit code; errors are thrown as UsageError or Failure. */
export type Command = (ctx: CommandContext) => Promise<number>;
