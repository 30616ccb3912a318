/**
 * The built program in a real pseudo-terminal, 80×24, read the way a
 * person reads it: the last frame ink drew, as plain text.
 */
import pty from '@lydell/node-pty';

export interface Terminal {
  /** Everything written so far, escape sequences included. */
  raw(): string;
  /** The last frame ink drew, without escape sequences. */
  screen(): string;
  write(data: string): void;
  /** Waits until the screen shows `text`; resolves with the screen. */
  waitFor(text: string | RegExp, timeout?: number): Promise<string>;
  /** Waits until the screen differs from `before`. */
  waitForChange(before: string, timeout?: number): Promise<string>;
  exited: Promise<{ exitCode: number; signal?: number }>;
  kill(signal: NodeJS.Signals): void;
}

// CSI (colours, cursor moves, erasing), OSC, and the two-byte escapes.
const ESCAPES =
  /\u001b\[[0-9;?<>=]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

export function plain(text: string): string {
  return text.replace(ESCAPES, '').replace(/\r/g, '');
}

/** ink erases its previous frame with ESC[2K…ESC[G before each new one. */
function lastFrame(raw: string): string {
  const cut = raw.lastIndexOf('\u001b[G');

  return plain(cut === -1 ? raw : raw.slice(cut + 3));
}

export function spawnCli(
  program: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Terminal {
  return spawnTerminal(process.execPath, [program, ...args], env);
}

/** Any command in the terminal: the program under a tracer, say. */
export function spawnTerminal(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Terminal {
  const child = pty.spawn(file, args, {
    name: 'xterm-256color',
    cols: 80,
    rows: 24,
    env: env as Record<string, string>,
  });
  let output = '';
  child.onData((data) => {
    output += data;
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    child.onExit(resolve);
  });

  const poll = async (done: () => boolean, what: string, timeout: number) => {
    const end = Date.now() + timeout;
    while (!done()) {
      if (Date.now() > end)
        throw new Error(`${what} never happened; screen:\n${lastFrame(output)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    return lastFrame(output);
  };

  return {
    raw: () => output,
    screen: () => lastFrame(output),
    write: (data) => child.write(data),
    waitFor: (text, timeout = 10_000) =>
      poll(
        () =>
          typeof text === 'string'
            ? lastFrame(output).includes(text)
            : text.test(lastFrame(output)),
        `"${String(text)}"`,
        timeout,
      ),
    waitForChange: (before, timeout = 10_000) =>
      poll(() => lastFrame(output) !== before, 'a change of screen', timeout),
    exited,
    kill: (signal) => child.kill(signal),
  };
}
