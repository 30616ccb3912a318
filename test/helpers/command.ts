/**
 * A command run in-process the way `src/cli.tsx` runs it: its output
 * captured, a usage error or a failure turned into its exit code and its
 * one message, anything else kept apart as what it is, a bug.
 */
import { PassThrough } from 'node:stream';
import type { Command, CommandContext } from '../../src/context.js';
import { EXIT } from '../../src/errors.js';
import { messages, type Lang } from '../../src/i18n.js';
import { createOutput } from '../../src/output.js';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  /** Thrown and neither a UsageError nor a Failure. */
  bug: unknown;
}

export async function runCommand(
  run: Command,
  args: string[],
  { home, lang = 'en', stdin = '' }: { home: string; lang?: Lang; stdin?: string },
): Promise<Outcome> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let written = '';
  let said = '';
  stdout.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (said += chunk.toString('utf8')));
  const input = new PassThrough();
  input.end(stdin);
  const ctx: CommandContext = {
    args,
    env: { NO_COLOR: '1' },
    stdin: input,
    out: createOutput({ env: { NO_COLOR: '1', WT_SESSION: '1' }, stdout, stderr }),
    lang,
    m: messages(lang),
    home,
    now: () => new Date('2025-03-14T16:00:00Z'),
  };
  try {
    const code = await run(ctx);
    return { code, stdout: written, stderr: said, bug: null };
  } catch (error) {
    const known = error as { exitCode?: number; message?: string };
    if (known.exitCode === EXIT.usage || known.exitCode === EXIT.failure) {
      return {
        code: known.exitCode,
        stdout: written,
        stderr: `${said}${known.message}\n`,
        bug: null,
      };
    }
    return { code: EXIT.failure, stdout: written, stderr: said, bug: error };
  }
}

/**
 * Characters a terminal acts on rather than shows (escape sequences, bell,
 * carriage return): text taken from a file must never bring them to screen.
 */
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
