import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../src/i18n.js';
import type { SignedReport } from '../src/signature.js';
import { ensureBuilt, PROGRAM as program, ROOT as root } from './helpers/program.js';
import { spawnCli, type Terminal } from './helpers/pty.js';

const en = messages('en');
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `oxo-harden-${name}-`));

beforeAll(ensureBuilt, 120_000);

function environment(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OXO_HARDEN_HOME: home,
    TERM: 'xterm-256color',
    NO_COLOR: '1',
  };
  delete env.CI;
  delete env.FORCE_COLOR;

  return env;
}

/** The site's last report, made on R8.2 with the sample's answers: its .json and .pdf files. */
function previousReport(): { json: string; pdf: string; digest: string } {
  const sample = JSON.parse(
    readFileSync(join(root, 'examples/answers.sample.json'), 'utf8'),
  );
  const answers = join(tempDir('previous-answers'), 'answers.json');
  writeFileSync(answers, JSON.stringify({ ...sample, release: 'R820/026.007' }));
  const out = tempDir('previous');
  execFileSync(
    process.execPath,
    [program, 'report', '--answers', answers, '--out', out, '--format', 'json,pdf'],
    { env: environment(tempDir('previous-home')), stdio: 'pipe' },
  );
  const json = join(out, 'Cabinet-principal-Lyon-7e_2025-03-14.json');
  const { digest } = JSON.parse(readFileSync(json, 'utf8')) as SignedReport;

  return { json, pdf: join(out, 'Cabinet-principal-Lyon-7e_2025-03-14_en.pdf'), digest };
}

const DOWN_ENTER = '\u001b[B\r';
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The progress line and the heading: what tells one screen from the next. */
function identity(screen: string): string {
  const lines = screen.split('\n');

  return `${lines[0] ?? ''}\n${lines[2] ?? ''}`;
}

async function next(term: Terminal, keys: string): Promise<void> {
  const before = identity(term.screen());
  term.write(keys);
  const end = Date.now() + 10_000;
  while (identity(term.screen()) === before) {
    if (Date.now() > end)
      throw new Error(`the screen did not move on:\n${term.screen()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Answers screen after screen the quick way until `stop` says so: Enter on
 * "still true", "compliant", "keep", "begin" and "done", else the choice
 * below the highlighted one.
 */
async function answerUntil(term: Terminal, stop: (screen: string) => boolean) {
  const words = en.wizard;
  const quick = [
    `› ${en.review.wizard.keep({ status: '' }).trim()}`,
    `› ${words.item.choice.compliant}`,
    `› ${words.section.begin}`,
    `› ${words.item.keep({ status: '' }).trim()}`,
    `› ${words.forwarding.done}`,
  ];
  for (let step = 0; step < 200; step++) {
    const screen = await term.waitFor('›');
    if (stop(screen)) return screen;
    const lines = screen.split('\n');
    const enter = lines.some((line) => quick.some((start) => line.startsWith(start)));
    await next(term, enter ? '\r' : DOWN_ENTER);
  }
  throw new Error('the wizard never got there');
}

describe('review in a terminal', () => {
  it('reviews a report after an upgrade, left with ctrl+c, resumed at the same item and signed', async () => {
    const previous = previousReport();
    const home = tempDir('review-home');
    const first = spawnCli(
      program,
      ['review', previous.pdf, '--lang', 'en'],
      environment(home),
    );
    const intro = flat(await first.waitFor(en.review.wizard.intro.begin, 30_000));
    expect(intro).toContain(previous.digest);
    first.write('\r');
    await first.waitFor(en.wizard.language.heading);
    first.write('\r');
    await first.waitFor('› Clinique vétérinaire des Tilleuls');
    first.write('\r\r\r\r\r\r');
    await first.waitFor(en.wizard.system.product);
    first.write('\r');
    await first.waitFor('› R820/026.007');
    first.write(`${'\u007f'.repeat(12)}R910/021.001\r`);
    const check = flat(await first.waitFor(en.wizard.system.readBack));
    expect(check).toContain(
      en.review.wizard.releaseChanged({ from: 'R8.2/026.007', count: 5 }),
    );
    first.write('\r');
    await first.waitFor(`› ${en.wizard.system.remoteYes}`);
    first.write('\r');
    const stopped = await answerUntil(first, (screen) =>
      flat(screen).includes(en.review.wizard.flagged['availability-changed']),
    );
    expect(stopped.split('\n')[0]).toMatch(
      /^Periodic review · Section 2\/9 · Item 11\/12 · \d+\/46 answered/,
    );
    first.write('\u0003');
    expect((await first.exited).exitCode).toBe(130);

    const second = spawnCli(
      program,
      ['review', previous.json, '--lang', 'en'],
      environment(home),
    );
    await second.waitFor(en.review.wizard.flagged['availability-changed'].slice(0, 30));
    expect(identity(second.screen())).toBe(identity(stopped));
    await answerUntil(second, (screen) =>
      screen.includes(`› ${en.wizard.review.signOff}`),
    );
    await next(second, '\r');
    second.write('Mme Dubois\rDirectrice\r');
    await second.waitFor(en.wizard.signOff.acknowledge[0]!.slice(0, 20));
    const statement = en.wizard.signOff.installerStatement({ name: 'Julien Marchand' });
    while (!second.screen().includes(statement.slice(0, 40))) {
      second.write('\r');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    second.write('\r');
    const done = flat(
      await second.waitFor(en.wizard.finished.wrote({ path: '' }).trim(), 30_000),
    );
    expect(done).toContain(en.review.wizard.finished.heading);
    second.write('\u001b[6~');
    const follows = flat(await second.waitFor('It follows the report of 2025-03-14'));
    expect(follows).toContain(
      en.review.wizard.finished.follows({ digest: previous.digest, date: '2025-03-14' }),
    );
    second.write('\r');
    expect((await second.exited).exitCode).toBe(0);

    const reports = readdirSync(join(home, 'reports'));
    expect(reports).toHaveLength(4);
    const json = reports.find((name) => name.endsWith('.json'))!;
    const made = JSON.parse(
      readFileSync(join(home, 'reports', json), 'utf8'),
    ) as SignedReport;
    expect(made.record.previousDigest).toBe(previous.digest);
    expect(made.record.review?.release).toEqual({
      from: { product: 'oxo', line: 'R8.2', version: '026.007' },
      to: { product: 'oxo', line: 'R9.1', version: '021.001' },
    });
    expect(made.record.items.filter((entry) => entry.source === 'previous')).toHaveLength(
      36,
    );
    const verified = execFileSync(
      process.execPath,
      [program, 'verify', join(home, 'reports', json)],
      {
        env: environment(home),
      },
    );
    expect(String(verified)).toContain('is intact');
  }, 180_000);

  it('exits 1 on a changed report and 2 on a file that is not one, before any screen', async () => {
    const previous = previousReport();
    const changed = join(tempDir('changed'), 'changed.json');
    writeFileSync(
      changed,
      readFileSync(previous.json, 'utf8').replace('"Directrice"', '"Gérante"'),
    );
    const home = tempDir('review-home');

    const refused = spawnCli(
      program,
      ['review', changed, '--lang', 'en'],
      environment(home),
    );
    expect((await refused.exited).exitCode).toBe(1);
    expect(flat(refused.screen())).toContain(
      en.review.tampered({ path: changed, count: '1' }),
    );
    const stranger = join(root, 'examples/answers.sample.json');
    const other = spawnCli(
      program,
      ['review', stranger, '--lang', 'en'],
      environment(home),
    );
    expect((await other.exited).exitCode).toBe(2);
    expect(flat(other.screen())).toContain(en.review.notAReport({ path: stranger }));
    expect(existsSync(join(home, 'sessions'))).toBe(false);
  }, 60_000);
});
