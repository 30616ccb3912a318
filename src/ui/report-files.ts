/**
 * The reports a review can start from without typing a path: those the
 * wizard wrote under `<home>/reports`, one per visit (its .json file; the
 * other formats carry the same record). They are only offered here; the
 * one picked is verified like any other before the review starts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { reportsDir } from './use-report.js';

export interface ReportFile {
  path: string;
  /** "visit date · customer — site · release", or the file's name if unreadable. */
  label: string;
}

/** Enough to find last year's site; older ones are a path away. */
const OFFERED = 50;

type Parts = { customer: string; site: string; date: string; release: string };

function partsOf(path: string): Parts | null {
  try {
    const envelope = JSON.parse(readFileSync(path, 'utf8')) as {
      record?: {
        site?: { customer?: unknown; name?: unknown };
        visitDate?: unknown;
        release?: { input?: unknown };
      };
    };
    const { record } = envelope;
    const texts = [
      record?.site?.customer,
      record?.site?.name,
      record?.visitDate,
      record?.release?.input,
    ];
    if (!texts.every((text) => typeof text === 'string')) return null;
    const [customer, site, date, release] = texts as string[];

    return { customer: customer!, site: site!, date: date!, release: release! };
  } catch {
    return null;
  }
}

/** Whether the wizard has written any report yet: only then is the start screen worth a stop. */
export function hasReports(home: string): boolean {
  try {
    return readdirSync(reportsDir(home)).some((name) => name.endsWith('.json'));
  } catch {
    return false;
  }
}

/** Newest first; a folder that is not there (no report written yet) offers none. */
export function reportsToReview(
  home: string,
  words: { dash: string; separator: string },
): ReportFile[] {
  const dir = reportsDir(home);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const dated = names.flatMap((name) => {
    const path = join(dir, name);
    try {
      return [{ name, path, time: statSync(path).mtimeMs }];
    } catch {
      return [];
    }
  });
  dated.sort((a, b) => b.time - a.time || a.name.localeCompare(b.name));

  return dated.slice(0, OFFERED).map(({ name, path }) => {
    const parts = partsOf(path);
    // The day first: of two reports of one site, the later is the one to review.
    const label = parts
      ? [parts.date, `${parts.customer} ${words.dash} ${parts.site}`, parts.release].join(
          words.separator,
        )
      : name;

    return { path, label };
  });
}

/**
 * A path as typed or dropped into the terminal: the quotes a file manager
 * adds around it, the backslashes a Unix shell puts before spaces, and a
 * leading `~` taken away.
 */
export function typedPath(text: string, platform = process.platform): string {
  let path = text.trim();
  const quoted = /^(["'])(.*)\1$/.exec(path);
  if (quoted) path = quoted[2]!;
  // On Windows a backslash separates folders; elsewhere it escapes a space.
  else if (platform !== 'win32') path = path.replace(/\\ /g, ' ');
  if (path === '~' || path.startsWith('~/')) path = join(homedir(), path.slice(1));

  return path;
}
