/**
 * Starting a periodic review from the wizard: the site's last report,
 * picked among those the wizard wrote or given by its path, is verified
 * the way the `review` command verifies it, then what the review will be
 * is shown before its first screen. A review of the same report already
 * under way is resumed rather than started twice.
 */
import { useRef, useState } from 'react';
import type { Lang } from '../i18n.js';
import {
  readPreviousReport,
  type PreviousProblem,
  type PreviousReport,
} from '../previous-report.js';
import { RecordError } from '../record.js';
import { newReviewSession, type Session, type SessionDeps } from '../session/index.js';
import type { Store, StoredSession } from '../store.js';

export interface Opening {
  report: PreviousReport;
  /** The new review, saved only once it begins. */
  session: Session;
}

/** Why a report cannot start a review, worded by the screen in its language. */
export type Refusal = { problem: PreviousProblem } | { badRelease: string };

type Outcome = { opening: Opening } | { resume: StoredSession } | { refusal: Refusal };

interface Context {
  store: Store;
  deps: SessionDeps;
  /** The language a new review starts in. */
  lang: Lang;
  newId: () => string;
}

/**
 * The review of the report with this digest that is unfinished, or signed
 * off with its report still to write, if there is one.
 */
function underWay(store: Store, digest: string): StoredSession | undefined {
  for (const summary of store.list()) {
    if (summary.finished && !summary.reportPending) continue;
    const stored = store.get(summary.id);
    if (stored?.finished && !stored.reportPending) continue;
    if (stored?.review?.previousDigest === digest) return stored;
  }

  return undefined;
}

function outcomeOf(report: PreviousReport, context: Context): Outcome {
  const resume = underWay(context.store, report.digest);
  if (resume) return { resume };
  try {
    const { newId, lang, deps } = context;
    const session = newReviewSession(newId(), lang, report, deps.now());

    return { opening: { report, session } };
  } catch (error) {
    if (error instanceof RecordError) return { refusal: { badRelease: error.input } };
    throw error;
  }
}

export interface ReviewStart {
  /** The review about to begin, shown before its first screen. */
  opening: Opening | null;
  /** Whether the installer is choosing the report to review. */
  picking: boolean;
  /** Whether the report given is being read and verified. */
  checking: boolean;
  refusal: Refusal | null;
  /** A review of the report given at start-up that was left unfinished: resumed at once. */
  first: StoredSession | null;
  pick: () => void;
  /** Reads and verifies the report at `path`; once it passes, the review opens. */
  check: (path: string) => void;
  /** Back to the start screen. */
  cancel: () => void;
  /** The review shown begins, in the language chosen meanwhile. */
  begin: (lang: Lang) => Session | null;
}

export function useReviewStart(
  given: PreviousReport | undefined,
  context: Context & { onResume: (stored: StoredSession) => void },
): ReviewStart {
  const [initial] = useState<Outcome | null>(() =>
    given ? outcomeOf(given, context) : null,
  );
  const [opening, setOpening] = useState<Opening | null>(
    initial && 'opening' in initial ? initial.opening : null,
  );
  const [refusal, setRefusal] = useState<Refusal | null>(
    initial && 'refusal' in initial ? initial.refusal : null,
  );
  const [picking, setPicking] = useState(refusal !== null);
  const [checking, setChecking] = useState(false);
  // The latest context, for a check that ends after a render or two.
  const latest = useRef(context);
  latest.current = context;

  const check = (path: string) => {
    setChecking(true);
    setRefusal(null);
    const read = readPreviousReport(path).catch(
      (error: NodeJS.ErrnoException): Awaited<ReturnType<typeof readPreviousReport>> => ({
        ok: false,
        problem: { code: 'unreadable', path, detail: error.code ?? error.message },
      }),
    );
    void read.then((outcome) => {
      setChecking(false);
      if (!outcome.ok) return setRefusal({ problem: outcome.problem });
      const next = outcomeOf(outcome.report, latest.current);
      if ('refusal' in next) return setRefusal(next.refusal);
      setPicking(false);
      if ('resume' in next) return latest.current.onResume(next.resume);
      setOpening(next.opening);
    });
  };

  return {
    opening,
    picking,
    checking,
    refusal,
    first: initial && 'resume' in initial ? initial.resume : null,
    pick: () => {
      setRefusal(null);
      setPicking(true);
    },
    check,
    cancel: () => {
      setOpening(null);
      setPicking(false);
      setRefusal(null);
    },
    begin: (lang) => {
      if (!opening) return null;
      setOpening(null);

      return { ...opening.session, lang };
    },
  };
}
