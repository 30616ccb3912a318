/**
 * A scripted visit through the wizard in a terminal: screen after screen
 * along the road of `pathOf`, with answers of every kind (texts included)
 * chosen by a seeded generator. The script remembers what it has seen
 * saved: an answer counts once the screen has moved on past it.
 */
import type { Status } from '../../src/answers.js';
import { pathOf, type Position, type SiteField } from '../../src/session/index.js';
import { SECTIONS } from '../../steps/index.js';
import type { Terminal } from './pty.js';
import type { Random } from './random.js';
import { en, INSTALLER, listOf, shows, SIGNER, textField } from './screens.js';

export const PATH: readonly Position[] = pathOf(SECTIONS);
export const FINISHED = PATH.length - 1;

export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  end: '\u001b[F',
  enter: '\r',
  escape: '\u001b',
  backspace: '\u007f',
  ctrlC: '\u0003',
};

const words = en.wizard;

export interface SavedAnswer {
  status: Status;
  reason?: string;
}

export interface Script {
  /** Makes the customer and site of each visit unique, so no visit is offered as another's. */
  serial: number;
  /** The position on `PATH` of the last screen seen. */
  at: number;
  fields: Partial<Record<SiteField, string>>;
  answers: Map<string, SavedAnswer>;
  signer: { name?: string; role?: string };
}

export function newScript(serial: number): Script {
  return { serial, at: 0, fields: {}, answers: new Map(), signer: {} };
}

export interface Move {
  keys: string;
  /** Whether the screen moves on to the next position of the road. */
  advances: boolean;
  /** What the script may count as saved once the screen has moved on. */
  record: (script: Script) => void;
}

const nothing = () => {};

/** The customer of the script's visit number `serial`. */
export function customerOf(serial: number): string {
  return `Clinique Saint-Éloi ${serial}`;
}

function siteValue(field: SiteField, serial: number): string {
  switch (field) {
    case 'customer':
      return customerOf(serial);
    case 'name':
      return `Agen Centre ${serial}`;
    case 'address':
      return '12 rue du Port';
    case 'installer':
      return INSTALLER;
    case 'company':
      return 'TelInstall';
    default:
      return '';
  }
}

/** Arrows from the highlighted row to the row that starts with `label`, then Enter. */
function choose(screen: string, label: string, after?: string): string {
  const list = listOf(screen, after);
  const row = list?.rows.findIndex((text) => text.startsWith(label)) ?? -1;
  if (!list || row === -1) throw new Error(`no row "${label}" on the screen:\n${screen}`);
  const by = row - list.pointer;

  return (by > 0 ? KEYS.down : KEYS.up).repeat(Math.abs(by)) + KEYS.enter;
}

/** A text field's answer: Enter on what it already holds, or the value typed. */
function typeInto(screen: string, value: string): { keys: string; value: string } {
  const held = textField(screen);
  if (held === null) throw new Error(`no text field on the screen:\n${screen}`);
  if (held !== '') return { keys: KEYS.enter, value: held.trim() };

  return { keys: `${value}\r`, value: value.trim() };
}

const TEXTS: Record<Exclude<Status, 'compliant'>, string[]> = {
  'not-compliant': ['Mot de passe par défaut sur trois postes'],
  'not-applicable': ['Pas de messagerie sur ce site'],
  'not-checked': ['OMC indisponible pendant la visite'],
  'risk-accepted': ['M. Leroy, gérant', 'Travaux en cours jusqu’à l’été', '2099-12-31'],
};

function answerItem(screen: string, id: string, random: Random): Move {
  // A draft left half-way (a text of the answer on screen): back to the choices.
  if (textField(screen) !== null)
    return { keys: KEYS.escape, advances: false, record: nothing };
  const list = listOf(screen, words.item.question);
  if (!list) throw new Error(`no choices on the screen of ${id}:\n${screen}`);
  const keep = list.rows.some((row) => row.startsWith(words.item.keep({ status: '' })));
  if (keep && random.chance(0.5)) {
    return {
      keys: choose(screen, words.item.keep({ status: '' }), words.item.question),
      advances: true,
      record: nothing,
    };
  }
  const status: Status = random.pick([
    'compliant',
    'compliant',
    'compliant',
    'not-compliant',
    'not-applicable',
    'not-checked',
    'risk-accepted',
  ]);
  const texts = status === 'compliant' ? [] : TEXTS[status];
  const keys =
    choose(screen, words.item.choice[status], words.item.question) +
    texts.map((text) => `${text}\r`).join('');
  const reason = status === 'risk-accepted' ? texts[1] : texts[0];

  return {
    keys,
    advances: true,
    record: (script) =>
      script.answers.set(id, reason === undefined ? { status } : { status, reason }),
  };
}

/** The keys that answer the screen of the script's position, and what they save. */
export function planMove(screen: string, script: Script, random: Random): Move {
  const position = PATH[script.at]!;
  switch (position.screen) {
    case 'language':
      return { keys: choose(screen, words.language.en), advances: true, record: nothing };
    case 'site': {
      const { field } = position;
      const typed = typeInto(screen, siteValue(field, script.serial));
      return {
        keys: typed.keys,
        advances: true,
        record: (s) => void (s.fields[field] = typed.value),
      };
    }
    case 'release': {
      const typed = typeInto(screen, 'R910/021.001');
      return { keys: typed.keys, advances: true, record: nothing };
    }
    case 'remote-access': {
      const label = random.chance(0.5) ? words.system.remoteYes : words.system.remoteNo;
      return { keys: choose(screen, label), advances: true, record: nothing };
    }
    case 'forwarding':
      return {
        keys: choose(screen, words.forwarding.done),
        advances: true,
        record: nothing,
      };
    case 'item':
      return answerItem(screen, position.item, random);
    case 'review':
      return {
        keys: choose(screen, words.review.signOff),
        advances: true,
        record: nothing,
      };
    case 'sign-off': {
      if (position.step === 'acknowledge' || position.step === 'installer')
        return { keys: KEYS.end + KEYS.enter, advances: true, record: nothing };
      const name = position.step === 'signer-name';
      const typed = typeInto(screen, name ? SIGNER : 'Directrice');
      return {
        keys: typed.keys,
        advances: true,
        record: (s) => {
          if (name) s.signer.name = typed.value;
          else s.signer.role = typed.value;
        },
      };
    }
    case 'finished':
      throw new Error(
        'the finished screen is left by waiting for the report, then Enter',
      );
    default:
      // Product, release check, section: the highlighted row goes on.
      return { keys: KEYS.enter, advances: true, record: nothing };
  }
}

/** A whole frame: ink draws the key hints last, at the bottom. */
export function complete(screen: string): boolean {
  return screen
    .split('\n')
    .slice(3)
    .some((line) => /^(?:↑↓ |Enter confirm)/.test(line));
}

export async function until(
  term: Terminal,
  done: (screen: string) => boolean,
  what: string,
  timeout = 15_000,
): Promise<string> {
  const end = Date.now() + timeout;
  for (;;) {
    const screen = term.screen();
    if (complete(screen) && done(screen)) return screen;
    if (Date.now() > end) throw new Error(`${what} never showed; screen:\n${screen}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const showsAt =
  (script: Script, offset = 0) =>
  (screen: string) =>
    shows(screen, PATH[script.at + offset]!);

export function describeAt(script: Script, offset = 0): string {
  return JSON.stringify(PATH[script.at + offset]);
}

/** Sends a move and waits for its screen; then what it saved is counted. */
export async function perform(term: Terminal, script: Script, move: Move): Promise<void> {
  const before = term.screen();
  term.write(move.keys);
  if (move.advances) {
    await until(term, showsAt(script, 1), describeAt(script, 1));
    script.at += 1;
    move.record(script);
  } else {
    await until(term, (screen) => screen !== before, 'a change of screen');
  }
}

/** The finished screen: once the report is written, Enter leaves with 0. */
export async function leave(term: Terminal): Promise<number> {
  await until(
    term,
    (screen) => screen.includes(words.finished.leave),
    'the report',
    60_000,
  );
  term.write(KEYS.enter);

  return (await term.exited).exitCode;
}
