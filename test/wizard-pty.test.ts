import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages, type Lang } from '../src/i18n.js';
import { ensureBuilt, PROGRAM as program } from './helpers/program.js';
import { spawnCli, type Terminal } from './helpers/pty.js';

beforeAll(ensureBuilt, 120_000);

function environment(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OXO_HARDEN_HOME: home,
    TERM: 'xterm-256color',
    ...extra,
  };
  delete env.CI;
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;

  return { ...env, ...extra };
}

const DOWN_ENTER = '\u001b[B\r';

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
 * Answers screen after screen the quick way, until `stop` says so: the
 * highlighted choice when it is "compliant", "keep" or "begin", otherwise
 * the one below it, sent as Down and Enter in one write.
 */
async function answerUntil(
  term: Terminal,
  lang: Lang,
  stop: (screen: string) => boolean,
) {
  const words = messages(lang).wizard;
  const quick = [
    `› ${words.item.choice.compliant}`,
    `› ${words.section.begin}`,
    `› ${words.item.keep({ status: '' })}`,
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

async function setUp(term: Terminal, lang: Lang, remote: boolean) {
  const m = messages(lang);
  const words = m.wizard;
  await term.waitFor(words.language.heading);
  term.write(lang === 'fr' ? '\r' : DOWN_ENTER);
  await term.waitFor(words.site.prompt.customer);
  term.write(
    'Clinique Saint-Éloi\rAgen Centre\r12 rue du Port\rJean Martin\rTelInstall\r\r',
  );
  await term.waitFor(words.system.product);
  term.write('\r');
  await term.waitFor(words.system.release.slice(0, 30));
  term.write('R910/021.001\r');
  await term.waitFor(words.system.readBack);
  term.write('\r');
  await term.waitFor(words.system.remoteQuestion.slice(0, 30));
  term.write(remote ? DOWN_ENTER : '\r');
  await term.waitFor(m.sections.briefing.title);
}

async function signOff(term: Terminal, lang: Lang) {
  const words = messages(lang).wizard;
  await answerUntil(term, lang, (screen) => screen.includes(`› ${words.review.signOff}`));
  await next(term, '\r');
  term.write('Mme Durand\rDirectrice\r');
  await term.waitFor(words.signOff.acknowledge[0]!.slice(0, 20));
  while (
    !term
      .screen()
      .includes(words.signOff.installerStatement({ name: 'Jean Martin' }).slice(0, 40))
  ) {
    term.write('\r');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  term.write('\r');
  await term.waitFor(words.finished.wrote({ path: '' }).trim(), 30_000);
}

function storedSessions(home: string) {
  const dir = join(home, 'sessions');
  return readdirSync(dir)
    .filter((name) => name !== 'index.json')
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
}

describe('wizard in a terminal', () => {
  it('runs a visit in French, killed half-way and finished after a restart', async () => {
    const home = mkdtempSync(join(tmpdir(), 'oxo-harden-pty-'));
    const words = messages('fr').wizard;
    const first = spawnCli(program, ['--lang', 'fr'], environment(home));
    await setUp(first, 'fr', false);
    const stopped = await answerUntil(first, 'fr', (screen) =>
      screen.startsWith('Section 5/9 · Point 2/'),
    );
    // Colour is on in a terminal that has it.
    expect(first.raw()).toMatch(/\u001b\[3[0-9]m/);
    first.kill('SIGKILL');
    await first.exited;

    const [halfway] = storedSessions(home);
    expect(halfway.position).toEqual({ screen: 'item', item: 'VMUMaxTry' });
    expect(halfway.finished).toBe(false);

    const second = spawnCli(program, [], environment(home, { LANG: 'fr_FR.UTF-8' }));
    const start = await second.waitFor(words.start.heading);
    expect(start).toContain('› Clinique Saint-Éloi — Agen Centre · R910/021.001 · ');
    await next(second, '\r');
    expect(identity(second.screen())).toBe(identity(stopped));
    await signOff(second, 'fr');
    second.write('\r');
    expect((await second.exited).exitCode).toBe(0);

    const [done] = storedSessions(home);
    expect(done.finished).toBe(true);
    expect(done.lang).toBe('fr');
    expect(done.visit.signOff.customer).toMatchObject({
      name: 'Mme Durand',
      role: 'Directrice',
    });
    expect(done.visit.signOff.installer.name).toBe('Jean Martin');
    expect(Object.keys(done.visit.answers).length).toBeGreaterThan(30);
    const index = JSON.parse(readFileSync(join(home, 'sessions', 'index.json'), 'utf8'));
    expect(index.sessions[done.id]).toMatchObject({
      finished: true,
      customer: 'Clinique Saint-Éloi',
    });
    expect(readdirSync(join(home, 'reports')).sort()).toEqual(
      [
        'Agen-Centre_2026-12-03.json',
        'Agen-Centre_2026-12-03_fr.html',
        'Agen-Centre_2026-12-03_fr.md',
        'Agen-Centre_2026-12-03_fr.pdf',
      ].map((name) => name.replace('2026-12-03', done.visit.date)),
    );
  }, 120_000);

  it('runs a visit in English without colour, left with ctrl+c and resumed', async () => {
    const home = mkdtempSync(join(tmpdir(), 'oxo-harden-pty-'));
    const words = messages('en').wizard;
    const first = spawnCli(
      program,
      ['--lang', 'en'],
      environment(home, { NO_COLOR: '1' }),
    );
    await setUp(first, 'en', true);
    const stopped = await answerUntil(first, 'en', (screen) =>
      screen.includes(words.forwarding.heading),
    );
    first.write('\u0003');
    const left = await first.exited;
    expect(left.exitCode).toBe(130);
    expect(first.raw()).toContain(messages('en').cli.interrupted);
    expect(first.raw()).not.toMatch(/\u001b\[(?:3[0-9]|9[0-7]|1|2|7)m/);

    const second = spawnCli(
      program,
      ['--lang', 'en'],
      environment(home, { NO_COLOR: '1' }),
    );
    await second.waitFor(words.start.heading);
    await next(second, '\r');
    expect(identity(second.screen())).toBe(identity(stopped));
    await signOff(second, 'en');
    second.write('\r');
    expect((await second.exited).exitCode).toBe(0);
    const [done] = storedSessions(home);
    expect(done.finished).toBe(true);
    expect(done.visit.remoteAccess).toBe(true);
  }, 120_000);

  it('refuses to start without a terminal, naming the commands that work without', () => {
    const home = mkdtempSync(join(tmpdir(), 'oxo-harden-pty-'));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [program, '--lang', 'en'], {
        env: environment(home),
        input: '',
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    } catch (error) {
      ({ status, stderr } = error as { status: number; stderr: string });
    }
    expect(status).toBe(2);
    expect(String(stderr)).toBe(`${messages('en').cli.notInteractive}\n`);
  });

  it('refuses to start in CI even in a terminal', async () => {
    const home = mkdtempSync(join(tmpdir(), 'oxo-harden-pty-'));
    const term = spawnCli(program, ['--lang', 'fr'], environment(home, { CI: 'true' }));
    expect((await term.exited).exitCode).toBe(2);
    expect(term.raw()).toContain(messages('fr').cli.notInteractive);
  });
});
