import pty from '@lydell/node-pty';

// Escape sequences carry no text: a frame has arrived once something
// printable is left after they are removed.
const ESCAPES =
  /\u001b\[[0-9;?<=>]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[()][0-9A-B]|\u001b[=>78]/g;

export function printable(text: string): string {
  return text.replace(ESCAPES, '');
}

export interface Terminal {
  /** Resolves with the milliseconds from `since` until the screen text matches. */
  waitFor(pattern: RegExp, since?: number, timeoutMs?: number): Promise<number>;
  /** Resolves with the milliseconds from the write until the next output. */
  keyToOutput(keys: string, timeoutMs?: number): Promise<number>;
  write(keys: string): void;
  screen(): string;
  /** The last frame ink drew: what follows its last "erase and go to column 1". */
  frame(): string;
  kill(): void;
  startedAt: number;
}

export function spawnTerminal(args: string[], env: NodeJS.ProcessEnv): Terminal {
  const startedAt = performance.now();
  const term = pty.spawn(process.execPath, args, {
    name: 'xterm-256color',
    cols: 80,
    rows: 24,
    env: env as Record<string, string>,
  });
  let output = '';
  const listeners = new Set<() => void>();
  term.onData((data) => {
    output += data;
    for (const listener of listeners) listener();
  });

  function waitFor(
    pattern: RegExp,
    since = startedAt,
    timeoutMs = 10_000,
  ): Promise<number> {
    return new Promise((resolve, reject) => {
      const from = output.length;
      const check = () => {
        if (pattern.test(printable(output.slice(from)))) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(performance.now() - since);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`screen never showed ${pattern} within ${timeoutMs} ms`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  }

  function keyToOutput(keys: string, timeoutMs = 5_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const check = () => {
        listeners.delete(check);
        clearTimeout(timer);
        resolve(performance.now() - sentAt);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no output within ${timeoutMs} ms of a key`));
      }, timeoutMs);
      listeners.add(check);
      const sentAt = performance.now();
      term.write(keys);
    });
  }

  return {
    startedAt,
    waitFor,
    keyToOutput,
    write: (keys) => term.write(keys),
    screen: () => printable(output),
    frame: () => {
      const cut = output.lastIndexOf('\u001b[G');
      return printable(cut === -1 ? output : output.slice(cut + 3)).replace(/\r/g, '');
    },
    kill: () => term.kill('SIGKILL'),
  };
}
