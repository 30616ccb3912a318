/**
 * The wizard's sessions on disk, one conf file per session under
 * `<home>/sessions/`, plus `index.json`: a summary of each (customer, site,
 * release, progress, last change). Start-up reads the index and a listing
 * of the folder, never the sessions themselves, so it costs the same with a
 * thousand sites as with one; saving an answer writes one small session
 * file and the index, not every site ever visited.
 *
 * conf throws on a file it cannot parse, and its `clearInvalidConfig`
 * would empty it silently. A damaged file is moved aside instead, next to
 * where it was, with the time in its name, and reported in `recovered` so
 * the wizard can say where it went. A damaged index loses nothing: it is
 * rebuilt from the session files.
 */
import Conf from 'conf';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { isSessionShape } from './session/shape.js';
import type { Session } from './session/types.js';

/** Bumped if the saved shape ever changes in a way old files must be read around. */
export const STORE_FORMAT = 1;

export interface StoredSession extends Session {
  updatedAt: string;
}

export interface SessionSummary {
  id: string;
  customer: string;
  site: string;
  /** As typed; empty until the release is given. */
  release: string;
  answered: number;
  total: number;
  finished: boolean;
  updatedAt: string;
  /** A periodic review rather than a commissioning visit; absent in indexes written before. */
  review?: boolean;
  /** Signed off, its report not yet written (see `Session`); absent in indexes written before. */
  reportPending?: boolean;
}

export interface Recovered {
  /** The index is rebuilt from the sessions; a session's answers are lost from the wizard. */
  kind: 'index' | 'session';
  /** The file that could not be read, and where it is now. */
  file: string;
  movedTo: string;
}

export interface StoreOptions {
  /**
   * How far a session has come, for the index. The store knows nothing of
   * the catalogue; without this, only the installer's answers are counted.
   */
  progress?: (session: Session) => { answered: number; total: number };
}

export interface Store {
  /** Where the files are. */
  dir: string;
  /** Every session, newest change first. */
  list(): SessionSummary[];
  get(id: string): StoredSession | undefined;
  save(session: Session, at?: Date): void;
  remove(id: string): void;
  /** Files found damaged so far, already moved aside. */
  recovered: Recovered[];
}

const INDEX = 'index';
/** Session ids are generated; anything else (a path, a typo) names no session. */
const ID = /^[A-Za-z0-9-]{1,64}$/;
/** atomically's temporary files: `<name>.json.tmp-<10 digits><6 hex digits>`. */
const TEMP = /\.json\.tmp-\d{10}[0-9a-f]{6}$/;
/** A write takes milliseconds: a temporary file older than this outlived its writer. */
const STALE_TEMP_MS = 60_000;

type Files = Conf<Record<string, unknown>>;

/** A name Windows accepts too: no colons. */
function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
}

function isStoredSession(value: unknown, id: string): value is StoredSession {
  const data = value as Partial<StoredSession>;

  return isSessionShape(value) && data.id === id && typeof data.updatedAt === 'string';
}

function isSummaries(value: unknown): value is Record<string, SessionSummary> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;

  return Object.entries(value).every(([id, entry]) => {
    const summary = entry as Partial<SessionSummary> | null;
    return (
      typeof summary === 'object' &&
      summary !== null &&
      summary.id === id &&
      typeof summary.customer === 'string' &&
      typeof summary.site === 'string' &&
      typeof summary.release === 'string' &&
      typeof summary.answered === 'number' &&
      typeof summary.total === 'number' &&
      typeof summary.finished === 'boolean' &&
      typeof summary.updatedAt === 'string' &&
      (summary.review === undefined || typeof summary.review === 'boolean') &&
      (summary.reportPending === undefined || typeof summary.reportPending === 'boolean')
    );
  });
}

export function summaryOf(
  session: StoredSession,
  progress: { answered: number; total: number },
): SessionSummary {
  return {
    id: session.id,
    customer: session.visit.site.customer,
    site: session.visit.site.name,
    release: session.visit.release,
    answered: progress.answered,
    total: progress.total,
    finished: session.finished,
    updatedAt: session.updatedAt,
    review: Boolean(session.review),
    reportPending: Boolean(session.reportPending),
  };
}

function answersOnly(session: Session): { answered: number; total: number } {
  const answered = Object.keys(session.visit.answers).length;

  return { answered, total: answered };
}

export function openStore(home: string, options: StoreOptions = {}): Store {
  const progressOf = options.progress ?? answersOnly;
  const dir = join(home, 'sessions');
  const recovered: Recovered[] = [];
  const files = new Map<string, Files>();

  function moveAside(name: string): void {
    const file = join(dir, `${name}.json`);
    const movedTo = join(dir, `${name}.damaged-${stamp(new Date())}.json`);
    renameSync(file, movedTo);
    recovered.push({ kind: name === INDEX ? 'index' : 'session', file, movedTo });
  }

  /** The conf of one file; a file that does not parse is moved aside and started afresh. */
  function open(name: string): Files {
    const cached = files.get(name);
    if (cached) return cached;
    const settings = {
      cwd: dir,
      configName: name,
      accessPropertiesByDotNotation: false,
      // Names and addresses of customers: readable by this user only. Where
      // the system has no such modes (Windows), atomically ignores the chmod.
      configFileMode: 0o600,
    };
    let conf: Files;
    try {
      conf = new Conf(settings);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      moveAside(name);
      conf = new Conf(settings);
    }
    files.set(name, conf);

    return conf;
  }

  function read(id: string): StoredSession | undefined {
    if (!ID.test(id)) return undefined;
    const damaged = recovered.length;
    const { format, ...data } = open(id).store;
    // conf reads a missing file as {}, and `null` or `42` as {} too: only the first is no session.
    if (Object.keys(data).length === 0 && !existsSync(join(dir, `${id}.json`))) {
      // Moved aside as it was opened: the list must not offer it again.
      if (recovered.length > damaged) forget(id);
      return undefined;
    }
    // A file from a later version of the tool is left as it is, untouched.
    if (typeof format === 'number' && format > STORE_FORMAT) return undefined;
    if (isStoredSession(data, id)) return data;
    // Valid JSON that is not a session: as unreadable as broken JSON.
    files.delete(id);
    moveAside(id);
    forget(id);

    return undefined;
  }

  /**
   * The index is read with a plain parse: conf reads and compares a file
   * twice on opening, which with a thousand summaries costs more than the
   * rest of the start-up. conf takes over at the first write.
   */
  function readIndex(): Record<string, SessionSummary> {
    let text: string;
    try {
      text = readFileSync(join(dir, `${INDEX}.json`), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    let listed: unknown;
    try {
      listed = (JSON.parse(text) as { sessions?: unknown } | null)?.sessions;
    } catch {
      listed = undefined;
    }
    if (isSummaries(listed)) return listed;
    // Broken, or valid JSON that is not an index: rebuilt from the sessions.
    moveAside(INDEX);

    return {};
  }

  mkdirSync(dir, { recursive: true });
  const summaries = new Map<string, SessionSummary>(Object.entries(readIndex()));
  let indexChanged = false;

  const names = readdirSync(dir);
  // A write killed half-way leaves its temporary file, never read; one this
  // old cannot be a write still under way in another window.
  for (const name of names.filter((entry) => TEMP.test(entry))) {
    const path = join(dir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_TEMP_MS)
        rmSync(path, { force: true });
    } catch {
      // Gone already, or not ours to remove: it is never read either way.
    }
  }
  // The folder is the truth: an index entry without its file goes, a file
  // the index missed (written before a crash, or by an older index) comes in.
  const onDisk = new Set(
    names
      .filter((name) => name.endsWith('.json') && !name.includes('.damaged-'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((name) => name !== INDEX && ID.test(name)),
  );
  for (const id of summaries.keys()) {
    if (!onDisk.has(id)) {
      summaries.delete(id);
      indexChanged = true;
    }
  }
  for (const id of onDisk) {
    if (summaries.has(id)) continue;
    const session = read(id);
    if (session) {
      summaries.set(id, summaryOf(session, progressOf(session)));
      indexChanged = true;
    }
  }

  function writeIndex(): void {
    open(INDEX).store = { format: STORE_FORMAT, sessions: Object.fromEntries(summaries) };
  }
  function forget(id: string): void {
    if (summaries.delete(id)) writeIndex();
  }
  if (indexChanged) writeIndex();

  return {
    dir,
    recovered,
    list: () =>
      // ISO times sort as plain strings; localeCompare would first load
      // the collation tables, which start-up cannot afford.
      [...summaries.values()].sort((a, b) =>
        a.updatedAt === b.updatedAt ? 0 : a.updatedAt < b.updatedAt ? 1 : -1,
      ),
    get: read,
    save(session, at = new Date()) {
      if (!ID.test(session.id)) throw new Error(`not a session id: ${session.id}`);
      const stored: StoredSession = { ...session, updatedAt: at.toISOString() };
      open(session.id).store = { format: STORE_FORMAT, ...stored };
      summaries.set(session.id, summaryOf(stored, progressOf(stored)));
      writeIndex();
    },
    remove(id) {
      if (!ID.test(id)) return;
      rmSync(join(dir, `${id}.json`), { force: true });
      files.delete(id);
      summaries.delete(id);
      writeIndex();
    },
  };
}
