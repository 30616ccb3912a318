/**
 * The terminal side of the password check, kept apart from the rules: how a
 * password gets in without being seen. At a terminal it is typed with echo
 * off; from a pipe, one line is read. Nothing here writes the password
 * anywhere, and the terminal is always put back as it was.
 */
import { StringDecoder } from 'node:string_decoder';
import type { CommandContext } from '../context.js';

type Input = CommandContext['stdin'];

/** What was typed, or null when the installer pressed Ctrl+C. */
export type Secret = string | null;

const ENTER = new Set(['\r', '\n']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const CTRL_U = '\u0015';
const BACKSPACE = new Set(['\u007f', '\b']);
const ESC = '\u001b';

/**
 * Keys typed with echo off. Arrow keys and other escape sequences are
 * dropped whole, so that a stray key does not slip letters into the password.
 */
function readHidden(
  stdin: Input,
  write: (text: string) => void,
  prompt: string,
): Promise<Secret> {
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder('utf8');
    let typed: string[] = [];
    let escape: 'none' | 'esc' | 'sequence' = 'none';

    const restore = () => {
      stdin.removeListener('data', onData);
      stdin.removeListener('end', onEnd);
      stdin.removeListener('error', onError);
      stdin.setRawMode?.(false);
      stdin.pause();
      // The cursor is still after the prompt: end its line.
      write('\n');
    };
    const finish = (secret: Secret) => {
      restore();
      resolve(secret);
    };
    const onError = (error: Error) => {
      restore();
      reject(error);
    };
    const onEnd = () => finish(typed.join(''));
    const onData = (chunk: Buffer | string) => {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      for (const char of text) {
        if (escape === 'esc') {
          escape = char === '[' || char === 'O' ? 'sequence' : 'none';
          continue;
        }
        if (escape === 'sequence') {
          if (char >= '@' && char <= '~') escape = 'none';
          continue;
        }
        if (ENTER.has(char) || char === CTRL_D) return finish(typed.join(''));
        if (char === CTRL_C) return finish(null);
        if (char === ESC) escape = 'esc';
        else if (BACKSPACE.has(char)) typed.pop();
        else if (char === CTRL_U) typed = [];
        else if (char >= ' ') typed.push(char);
      }
    };

    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', onError);
    // Echo goes off before the prompt shows: keys typed as soon as it appears
    // must not reach the screen.
    stdin.setRawMode?.(true);
    write(prompt);
    stdin.resume();
  });
}

/** The first line of a pipe, without its line ending (LF or CRLF). */
function readLine(stdin: Input): Promise<string> {
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder('utf8');
    let text = '';

    const finish = (line: string) => {
      stdin.removeListener('data', onData);
      stdin.removeListener('end', onEnd);
      stdin.removeListener('error', reject);
      // One line is all that is read; an open pipe would otherwise keep the
      // process waiting for a writer that may never close it.
      (stdin as { destroy?: () => void }).destroy?.();
      // Windows PowerShell may start what it pipes with a byte order mark.
      resolve(line.replace(/^\uFEFF/, '').replace(/\r$/, ''));
    };
    const onData = (chunk: Buffer | string) => {
      text += typeof chunk === 'string' ? chunk : decoder.write(chunk);
      const end = text.indexOf('\n');
      if (end >= 0) finish(text.slice(0, end));
    };
    const onEnd = () => finish(text + decoder.end());

    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', reject);
    stdin.resume();
  });
}

/**
 * Reads a password from the terminal (prompting on standard error, so that
 * standard output holds only the verdict) or from a pipe.
 */
export function readSecret(
  stdin: Input,
  stderr: (text: string) => void,
  prompt: string,
): Promise<Secret> {
  if (stdin.isTTY && stdin.setRawMode) {
    return readHidden(stdin, stderr, prompt);
  }

  return readLine(stdin);
}
