import type { Writable } from 'node:stream';

/**
 * Everything the tool prints goes through here, so that colour and symbols
 * are decided once, from the environment and the flags, and every screen and
 * command agrees on them.
 */

export interface Symbols {
  ok: string;
  fail: string;
  warn: string;
  info: string;
  pending: string;
  pointer: string;
  arrow: string;
  bullet: string;
  upgrade: string;
  dash: string;
  ellipsis: string;
}

const UNICODE: Symbols = {
  ok: '✓',
  fail: '✗',
  warn: '!',
  info: 'i',
  pending: '○',
  pointer: '›',
  arrow: '→',
  bullet: '•',
  upgrade: '↑',
  dash: '—',
  ellipsis: '…',
};

const ASCII: Symbols = {
  ok: '+',
  fail: 'x',
  warn: '!',
  info: 'i',
  pending: 'o',
  pointer: '>',
  arrow: '->',
  bullet: '*',
  upgrade: '^',
  dash: '-',
  ellipsis: '...',
};

type Paint = (text: string) => string;

export interface Style {
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
  cyan: Paint;
  inverse: Paint;
}

export interface Output {
  color: boolean;
  unicode: boolean;
  sym: Symbols;
  style: Style;
  stdout: Writable;
  stderr: Writable;
  /** One line (or several) to standard output. */
  out(text?: string): void;
  /** One line (or several) to standard error: messages, warnings, errors. */
  err(text?: string): void;
}

export interface OutputOptions {
  env?: NodeJS.ProcessEnv;
  stdout?: Writable & { isTTY?: boolean };
  stderr?: Writable & { isTTY?: boolean };
  /** `--no-color` on the command line. */
  noColor?: boolean;
}

export function wantsColor(
  env: NodeJS.ProcessEnv,
  isTTY: boolean | undefined,
  noColor = false,
): boolean {
  if (noColor) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';

  return Boolean(isTTY);
}

export function wantsUnicode(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (env.TERM === 'dumb' || env.OXO_HARDEN_ASCII === '1') return false;
  // The old Windows console host cannot draw most of these glyphs; Windows
  // Terminal and the VS Code terminal announce themselves and can.
  if (platform === 'win32') {
    return Boolean(env.WT_SESSION || env.TERM_PROGRAM || env.ConEmuANSI === 'ON');
  }

  return true;
}

function painter(enabled: boolean, open: number, close: number): Paint {
  return enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
}

export function createStyle(color: boolean): Style {
  return {
    bold: painter(color, 1, 22),
    dim: painter(color, 2, 22),
    red: painter(color, 31, 39),
    green: painter(color, 32, 39),
    yellow: painter(color, 33, 39),
    cyan: painter(color, 36, 39),
    inverse: painter(color, 7, 27),
  };
}

export function createOutput(options: OutputOptions = {}): Output {
  const env = options.env ?? process.env;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const color = wantsColor(env, stdout.isTTY, options.noColor);
  const unicode = wantsUnicode(env);

  return {
    color,
    unicode,
    sym: unicode ? UNICODE : ASCII,
    style: createStyle(color),
    stdout,
    stderr,
    out: (text = '') => void stdout.write(`${text}\n`),
    err: (text = '') => void stderr.write(`${text}\n`),
  };
}

/** What a terminal acts on rather than shows: C0 and C1 controls, DEL, line and bidi overrides. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text taken from a file the user was handed (a field name, a value, a
 * parser's quote of it), made safe to print: an escape sequence in it must
 * not recolour or clear the screen, nor a line break split the one line a
 * problem gets. Each such character is shown as its code, `\u001b`.
 */
export function printable(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * `oxo-harden plan | head` closes the pipe early; that is the reader's
 * choice, not an error, so the rest of the output is dropped quietly. The
 * command still ends with its own exit code: a forwarding check that fails
 * must not pass in a script because its reader stopped at the first line.
 */
export function endQuietlyOnClosedPipe(stream: Writable = process.stdout): void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // After EPIPE the stream is destroyed, and every later write says so.
    if (error.code === 'EPIPE' || (closed && error.code === 'ERR_STREAM_DESTROYED')) {
      closed = true;
      return;
    }
    throw error;
  });
}
