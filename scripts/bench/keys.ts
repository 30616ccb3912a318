/**
 * Key-to-frame on every kind of screen: the time from a key reaching the
 * wizard's terminal to the first bytes of the frame it causes. Keys are sent
 * one at a time with a pause between them, because ink paces its frames and
 * a key that lands inside the same frame interval measures the pacing, not
 * the work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messages } from '../../src/i18n.js';
import { spawnTerminal, type Terminal } from './pty.js';
import { median, type Figure } from './stats.js';

const DOWN = '\u001b[B';
const UP = '\u001b[A';
const words = messages('en').wizard;
const pause = () => new Promise((resolve) => setTimeout(resolve, 60));

async function sample(term: Terminal, keys: string[], runs: number): Promise<number[]> {
  const times: number[] = [];
  // A whole number of rounds, so each screen is left as it was found.
  const total = Math.ceil(runs / keys.length) * keys.length;
  for (let i = 0; i < total; i++) {
    await pause();
    times.push(await term.keyToOutput(keys[i % keys.length]!));
  }
  await pause();

  return times;
}

/** Waits until the screen is another one: its first and third lines differ. */
async function moved(term: Terminal, before: string): Promise<void> {
  const identity = (frame: string) =>
    frame
      .split('\n')
      .filter((_, i) => i === 0 || i === 2)
      .join('\n');
  const end = Date.now() + 5_000;
  while (identity(term.frame()) === identity(before)) {
    if (Date.now() > end) throw new Error(`the screen did not move on:\n${term.frame()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Answers the quick way until the screen shows `target`, as the terminal tests do. */
async function answerUntil(term: Terminal, target: string): Promise<void> {
  const quick = [
    `› ${words.item.choice.compliant}`,
    `› ${words.section.begin}`,
    `› ${words.item.keep({ status: '' })}`,
    `› ${words.forwarding.done}`,
  ];
  for (let step = 0; step < 300; step++) {
    await pause();
    const frame = term.frame();
    if (frame.includes(target)) return;
    // A value or password field: the quick way is to answer without it.
    if (frame.includes(words.value.empty) || frame.includes(words.password.empty)) {
      term.write('\u001b');
      continue;
    }
    const enter = frame.split('\n').some((line) => quick.some((q) => line.startsWith(q)));
    term.write(enter ? '\r' : `${DOWN}\r`);
    await moved(term, frame);
  }
  throw new Error(`the wizard never showed ${target}:\n${term.frame()}`);
}

/**
 * Through the sign-off, as the customer and the installer would, reading
 * included; the time is from the installer's last Enter to the screen that
 * lists the files.
 */
async function signOff(term: Terminal): Promise<number> {
  const END = '\u001b[F';
  const sign = words.signOff;
  term.write('\r');
  await term.waitFor(new RegExp(sign.signerName.slice(0, 20)));
  term.write('Bench signer\r');
  await term.waitFor(new RegExp(sign.signerRole.slice(0, 20)));
  term.write('Bench role\r');
  await term.waitFor(/Bench signer, for the customer/);
  // The customer reads the acknowledgement; the wizard loads the report's
  // code meanwhile, as it does whenever the keyboard is still.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  term.write(`${END}\r`);
  await term.waitFor(/Bench installer, installer, confirms/);
  await pause();
  term.write(END);
  await pause();
  const start = performance.now();
  term.write('\r');
  await term.waitFor(
    new RegExp(words.finished.fingerprint({ fingerprint: '' }).slice(0, 20)),
  );

  return performance.now() - start;
}

/**
 * A key on the plainest ink screen there is, drawn by ink's own code: what
 * the machine's speed at the moment makes of a key, for comparison.
 */
async function bareList(env: NodeJS.ProcessEnv, runs: number): Promise<number[]> {
  const term = spawnTerminal(['dist/bench-list.js'], env);
  try {
    await term.waitFor(/Row 10/);
    return await sample(term, [DOWN, UP], runs);
  } finally {
    term.kill();
  }
}

export async function keyToFrame(runs: number): Promise<Figure[]> {
  const home = mkdtempSync(join(tmpdir(), 'oxo-harden-bench-keys-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OXO_HARDEN_HOME: home,
    TERM: 'xterm-256color',
  };
  delete env.CI;
  const floor = median(await bareList(env, runs));
  const term = spawnTerminal(['dist/oxo-harden.js', '--lang', 'en'], env);
  const screens: Array<[string, number[]]> = [];
  let signed = NaN;
  try {
    await term.waitFor(new RegExp(words.language.heading.slice(0, 20)));
    screens.push(['language (list)', await sample(term, [UP, DOWN], runs)]);
    term.write(`${DOWN}\r`);
    await term.waitFor(new RegExp(words.site.prompt.customer.slice(0, 20)));
    screens.push(['site (text field)', await sample(term, ['a', '\u007f'], runs)]);
    term.write('Bench customer\rBench site\rNowhere\rBench installer\rBench\r\r');
    await term.waitFor(new RegExp(words.system.product.slice(0, 20)));
    screens.push(['product (list)', await sample(term, [DOWN, UP], runs)]);
    term.write('\r');
    await term.waitFor(new RegExp(words.system.release.slice(0, 20)));
    term.write('R910/021.001\r');
    await term.waitFor(new RegExp(words.system.readBack.slice(0, 20)));
    term.write('\r');
    await term.waitFor(new RegExp(words.system.remoteQuestion.slice(0, 20)));
    term.write('\r');
    await term.waitFor(new RegExp(words.section.begin));
    term.write('\r');
    await term.waitFor(new RegExp(words.item.choice.compliant));
    screens.push(['item (answer list)', await sample(term, [DOWN, UP], runs)]);
    screens.push(['item help (open, close)', await sample(term, ['?', '\u001b'], runs)]);
    await answerUntil(term, `› ${words.review.signOff}`);
    screens.push(['review (item list)', await sample(term, [DOWN, UP], runs)]);
    signed = await signOff(term);
  } finally {
    term.kill();
    rmSync(home, { recursive: true, force: true });
  }

  return [
    {
      name: 'key to frame: bare ink 10-row list (reference)',
      value: floor,
      unit: 'ms' as const,
      reference: 'median; ink as it is',
      runs: Math.ceil(runs / 2) * 2,
    },
    ...screens.map(([screen, times]) => ({
      name: `key to frame: ${screen}`,
      value: median(times),
      unit: 'ms' as const,
      reference: `median; bare ink list ${floor.toFixed(1)} ms`,
      target: 3,
      runs: times.length,
    })),
    {
      name: 'sign + write 4 formats, in the wizard',
      value: signed,
      unit: 'ms',
      reference: 'last Enter of the sign-off to the files written',
      target: 300,
      runs: 1,
    },
  ];
}
