/**
 * Drives ink screens the way a terminal does: every render and every
 * keystroke inside React's act(), frames read as plain text, and no fixed
 * sleeps: a test waits for the frame it expects.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render as inkRender } from 'ink';
import { render } from 'ink-testing-library';
import { act, type ReactElement, type ReactNode } from 'react';
import type { Section } from '../../src/catalogue.js';
import { messages, type Lang } from '../../src/i18n.js';
import { createOutput, type Output } from '../../src/output.js';
import {
  newSession,
  reduce,
  type Session,
  type SessionEvent,
} from '../../src/session/index.js';
import { openStore, type Store } from '../../src/store.js';
import { App, type AppProps } from '../../src/ui/App.js';
import { KeyRouter } from '../../src/ui/KeyRouter.js';
import { UiContext, type Ui } from '../../src/ui/UiContext.js';
import { SECTIONS } from '../../steps/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const KEY = {
  down: '\u001b[B',
  up: '\u001b[A',
  enter: '\r',
  escape: '\u001b',
  backspace: '\u007f',
  left: '\u001b[D',
  ctrlC: '\u0003',
};

/** Plain text, no colour: what NO_COLOR gives, easy to compare. */
export function plainOutput(
  env: NodeJS.ProcessEnv = { NO_COLOR: '1', TERM: 'xterm-256color' },
): Output {
  return createOutput({ env });
}

export type Screen = ReturnType<typeof render>;

export async function mount(tree: ReactElement): Promise<Screen> {
  let screen!: Screen;
  await act(async () => {
    screen = render(tree);
  });

  return screen;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One write, as a terminal sends it: several keys in one chunk stay in one chunk. */
export async function press(screen: Screen, data: string): Promise<void> {
  await act(async () => {
    screen.stdin.write(data);
    // A lone Esc waits one turn in ink's parser before it counts as Esc.
    await tick();
  });
}

/** The first frame that shows `text`, or of which `text` holds. */
export async function waitFor(
  screen: Screen,
  text: string | ((frame: string) => boolean),
  timeout = 3000,
): Promise<string> {
  const end = Date.now() + timeout;
  const shows = typeof text === 'string' ? (frame: string) => frame.includes(text) : text;
  for (;;) {
    const frame = screen.lastFrame() ?? '';
    if (shows(frame)) return frame;
    if (Date.now() > end) {
      const what = typeof text === 'string' ? `"${text}"` : 'The awaited frame';
      throw new Error(`${what} never appeared; last frame:\n${frame}`);
    }
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'oxo-harden-ui-'));
}

/** A screen's surroundings without the whole wizard: the words, the room, the keys. */
export function withUi(
  children: ReactNode,
  ui: Partial<Ui> = {},
  onUnhandled = () => {},
) {
  const lang: Lang = ui.lang ?? 'en';
  const value: Ui = {
    out: plainOutput(),
    lang,
    m: messages(lang),
    width: 80,
    height: 23,
    body: 20,
    today: '2026-03-14',
    sections: SECTIONS as readonly Section[],
    alert: null,
    ...ui,
  };

  return (
    <UiContext.Provider value={value}>
      <KeyRouter onInterrupt={() => {}} onUnhandled={onUnhandled}>
        {children}
      </KeyRouter>
    </UiContext.Provider>
  );
}

export interface Wizard {
  screen: Screen;
  store: Store;
  home: string;
  quits: string[];
}

// Noon UTC falls on the 14th of March in every time zone from UTC-11 to UTC+11.
export const NOW = new Date('2026-03-14T12:00:00Z');

/** The whole wizard on a fresh (or given) home, its clock fixed. */
export async function startWizard(
  options: Partial<AppProps> & {
    home?: string;
    size?: { columns: number; rows: number };
  } = {},
): Promise<Wizard> {
  const home = options.home ?? tempHome();
  const store = options.store ?? openStore(home);
  const quits: string[] = [];
  let ids = 0;
  const tree = (
    <App
      store={store}
      sections={SECTIONS}
      out={options.out ?? plainOutput()}
      lang={options.lang ?? 'en'}
      home={home}
      now={() => NOW}
      newId={() => `test-${++ids}`}
      onQuit={(how) => quits.push(how)}
    />
  );
  const { size } = options;
  const screen = size
    ? await mountSized(tree, size.columns, size.rows)
    : await mount(tree);

  return { screen, store, home, quits };
}

/** A visit in progress saved in `home`, standing where `at` puts it. */
export function seedVisit(
  home: string,
  at: Partial<Session> & { position: Session['position'] },
  { release = 'R910/021.001', remoteAccess = true, id = 'seeded-1' } = {},
): Session {
  const store = openStore(home);
  const deps = { sections: SECTIONS, now: () => NOW };
  const events: SessionEvent[] = [
    { type: 'chooseLanguage', lang: 'en' },
    { type: 'site', field: 'customer', value: 'Dupont SA' },
    { type: 'site', field: 'name', value: 'Lyon HQ' },
    { type: 'site', field: 'address', value: '1 rue de la Paix' },
    { type: 'site', field: 'installer', value: 'Jean Martin' },
    { type: 'site', field: 'company', value: 'TelInstall' },
    { type: 'site', field: 'date', value: '2026-03-14' },
    { type: 'product', product: 'oxo' },
    { type: 'release', text: release },
    { type: 'confirmRelease' },
    { type: 'remoteAccess', wanted: remoteAccess },
  ];
  const walked = events.reduce(
    (state, event) => reduce(state, event, deps),
    newSession(id, 'en', '2026-03-14'),
  );
  const session: Session = { ...walked, ...at, visit: { ...walked.visit, ...at.visit } };
  store.save(session, NOW);

  return session;
}

class SizedStdout extends EventEmitter {
  readonly frames: string[] = [];
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
  };
  lastFrame = () => this.frames.at(-1);
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
  };
  read = () => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** Like `mount`, in a terminal of the given size (ink-testing-library's is 100 columns, no rows). */
export async function mountSized(
  tree: ReactElement,
  columns: number,
  rows: number,
): Promise<Screen> {
  const stdout = new SizedStdout(columns, rows);
  const stdin = new FakeStdin();
  let instance!: ReturnType<typeof inkRender>;
  await act(async () => {
    instance = inkRender(tree, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: new SizedStdout(columns, rows) as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    });
  });

  return {
    stdin,
    stdout,
    frames: stdout.frames,
    lastFrame: stdout.lastFrame,
    unmount: instance.unmount,
    rerender: instance.rerender,
    cleanup: instance.cleanup,
  } as unknown as Screen;
}
