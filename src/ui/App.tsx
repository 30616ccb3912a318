import { Box } from 'ink';
import { Fragment, useCallback, useMemo, useRef, useState } from 'react';
import type { Section } from '../catalogue.js';
import { localDay } from '../dates.js';
import { messages, type Lang } from '../i18n.js';
import type { Output } from '../output.js';
import type { PreviousReport } from '../previous-report.js';
import {
  currentItem,
  newSession,
  positionKey,
  resumable,
  type Session,
  type SessionDeps,
  type SiteField,
} from '../session/index.js';
import type { SessionSummary, Store, StoredSession } from '../store.js';
import type { Keystroke } from './keystrokes.js';
import { HelpScreen } from './HelpScreen.js';
import { KeysHeld } from './KeyContext.js';
import { KeyRouter } from './KeyRouter.js';
import { hasReports } from './report-files.js';
import { ResumeOffer } from './ResumeOffer.js';
import { ReviewIntroScreen } from './ReviewIntroScreen.js';
import { ReviewPickScreen } from './ReviewPickScreen.js';
import { SessionScreen } from './SessionScreen.js';
import { StartScreen } from './StartScreen.js';
import { UiContext, type Ui } from './UiContext.js';
import { useReviewStart } from './use-review-start.js';
import { useTerminalSize } from './use-terminal-size.js';
import { useWizard } from './use-wizard.js';
import { WhileShown } from './WhileShown.js';

export interface AppProps {
  store: Store;
  sections: readonly Section[];
  out: Output;
  /** The language to start in: --lang, or the environment's. */
  lang: Lang;
  home: string;
  now: () => Date;
  newId: () => string;
  /**
   * Called once, as the wizard ends: finished, or interrupted with Ctrl+C;
   * with the language on screen then, which the goodbye is said in.
   */
  onQuit: (how: 'done' | 'interrupted', lang: Lang) => void;
  /** A site's last report, verified: the wizard starts on its periodic review. */
  review?: PreviousReport | undefined;
}

/** Lines longer than this are hard to read, whatever the terminal's width. */
const MAX_WIDTH = 100;

const sameText = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function unfinished(store: Store): SessionSummary[] {
  return store.list().filter((summary) => !summary.finished);
}

/**
 * The visits the start screen offers: those in progress and those whose
 * report is still to write. For the latter the visit's own file decides:
 * the index is written after it, and a crash in between leaves it behind.
 */
function offered(store: Store): SessionSummary[] {
  return store
    .list()
    .filter(
      (summary) =>
        !summary.finished ||
        (summary.reportPending && store.get(summary.id)?.reportPending),
    );
}

function sessionOf(stored: StoredSession, deps: SessionDeps): Session {
  const { updatedAt: _updatedAt, ...session } = stored;

  return resumable({ ...session, systemKnown: session.systemKnown ?? false }, deps);
}

/**
 * The wizard: the start screen while no visit is picked, then the screen
 * of the visit's position. Keys that work everywhere are handled here:
 * Ctrl+C keeps what is typed and quits, ? opens the help, L switches the
 * language (but not in a text field, where they are typed).
 */
export function App({
  store,
  sections,
  out,
  lang: initialLang,
  home,
  now,
  newId,
  onQuit,
  review: given,
}: AppProps) {
  const deps = useMemo<SessionDeps>(() => ({ sections, now }), [sections, now]);
  const [summaries, setSummaries] = useState(() => offered(store));
  const [startLang, setStartLang] = useState(initialLang);
  const fresh = () => newSession(newId(), startLang, localDay(now()));
  const review = useReviewStart(given, {
    store,
    deps,
    lang: startLang,
    newId,
    onResume: (stored) => wizard.open(sessionOf(stored, deps)),
  });
  // With nothing to resume, no report to review and no damaged file to tell
  // of, the start screen is a needless stop.
  const wizard = useWizard(store, deps, () => {
    if (review.first) return sessionOf(review.first, deps);
    if (given || summaries.length > 0 || store.recovered.length > 0 || hasReports(home))
      return null;
    return fresh();
  });
  const [help, setHelp] = useState(false);
  const keysHeld = useRef(help);
  keysHeld.current = help;
  const helpHeld = useRef(!help);
  helpHeld.current = !help;
  const closeHelp = useCallback(() => setHelp(false), []);
  const [offer, setOffer] = useState<SessionSummary | null>(null);
  const focus = useRef<string | null>(null);
  const { session } = wizard;
  // Looked up only while the help is shown: out of sight it is not drawn.
  const helpItem = help && session ? currentItem(session, deps) : null;
  const lang = session?.lang ?? startLang;
  const { columns, rows } = useTerminalSize();

  // What the text field on screen holds, kept on Ctrl+C; forgotten when the screen changes.
  const typed = useRef<string | null>(null);
  const typedFor = useRef('');
  const screenKey = session
    ? `${session.id}:${positionKey(session.position)}:${offer ? 'offer' : ''}`
    : review.opening
      ? 'review-intro'
      : review.picking
        ? 'review-pick'
        : 'start';
  const fieldKey = `${screenKey}:${session?.draft?.step ?? ''}`;
  if (typedFor.current !== fieldKey) {
    typedFor.current = fieldKey;
    typed.current = null;
  }

  const height = Math.max(rows - 1, 10);
  const width = Math.max(Math.min(columns, MAX_WIDTH), 20);
  const today = localDay(now());
  // The same object while nothing in it changes: every screen reads it, and
  // a new one would draw them all again on each key.
  const ui = useMemo<Ui>(
    () => ({
      out,
      lang,
      m: messages(lang),
      width,
      height,
      body: height - 3 - (wizard.saveError ? 1 : 0),
      today,
      sections,
      alert: wizard.saveError,
    }),
    [out, lang, width, height, today, sections, wizard.saveError],
  );

  const toStart = () => {
    setSummaries(offered(store));
    review.cancel();
    wizard.close();
  };
  const begin = () => {
    const next = review.begin(lang);
    if (next) wizard.open(next, { save: true });
  };
  const pick = (id: string) => {
    const stored = store.get(id);
    if (stored) return wizard.open(sessionOf(stored, deps));
    setSummaries(offered(store));
  };
  const confirmed = (field: SiteField) => {
    const named = wizard.latest();
    if (field !== 'name' || !named) return;
    // Only a visit still being answered: a signed one is not to be taken up
    // again under a new visit's name; the start screen offers its report.
    const same = unfinished(store).find(
      (summary) =>
        summary.id !== named.id &&
        sameText(summary.customer, named.visit.site.customer) &&
        sameText(summary.site, named.visit.site.name),
    );
    if (same) setOffer(same);
  };
  const resume = (found: SessionSummary) => {
    if (session) store.remove(session.id);
    setOffer(null);
    pick(found.id);
  };

  const interrupt = () => {
    if (session && typed.current !== null)
      wizard.dispatch({ type: 'keep', typed: typed.current });
    onQuit('interrupted', lang);
  };
  const unhandled = (key: Keystroke) => {
    if (key.name !== 'text') return;
    if (key.text === '?') setHelp((open) => !open);
    if (key.text === 'l' || key.text === 'L') {
      const next: Lang = lang === 'fr' ? 'en' : 'fr';
      if (session) wizard.dispatch({ type: 'setLanguage', lang: next });
      else setStartLang(next);
    }
  };

  // The visit's screen is drawn again only when the visit changes, not when
  // the help opens over it: its callbacks stay the same functions and call
  // the latest ones.
  const latest = useRef({ toStart, confirmed, onQuit, lang });
  latest.current = { toStart, confirmed, onQuit, lang };
  const sessionCallbacks = useMemo(
    () => ({
      onLeave: () => latest.current.toStart(),
      onConfirmed: (field: SiteField) => latest.current.confirmed(field),
      onTyped: (value: string) => {
        typed.current = value;
      },
      onDone: () => latest.current.onQuit('done', latest.current.lang),
    }),
    [],
  );

  let screen;
  if (!session && review.opening) {
    screen = (
      <ReviewIntroScreen
        opening={review.opening}
        now={now}
        onBegin={begin}
        onBack={toStart}
      />
    );
  } else if (!session && review.picking) {
    screen = (
      <ReviewPickScreen
        home={home}
        checking={review.checking}
        refusal={review.refusal}
        onCheck={review.check}
        onBack={toStart}
      />
    );
  } else if (!session) {
    screen = (
      <StartScreen
        summaries={summaries}
        recovered={store.recovered}
        onPick={pick}
        onNew={() => wizard.open(fresh())}
        onReview={review.pick}
      />
    );
  } else if (offer) {
    screen = (
      <ResumeOffer
        session={session}
        found={offer}
        onResume={() => resume(offer)}
        onFresh={() => setOffer(null)}
      />
    );
  } else {
    screen = (
      <SessionScreen
        session={session}
        dispatch={wizard.dispatch}
        home={home}
        now={now}
        focus={focus}
        {...sessionCallbacks}
      />
    );
  }

  return (
    <UiContext.Provider value={ui}>
      <KeyRouter onInterrupt={interrupt} onUnhandled={unhandled}>
        {/* The screen stays while the help is read, out of sight and deaf,
            so that closing the help is redrawing it, not building it again. */}
        <Box display={help ? 'none' : 'flex'} flexDirection="column">
          <KeysHeld.Provider value={keysHeld}>
            <Fragment key={screenKey}>{screen}</Fragment>
          </KeysHeld.Provider>
        </Box>
        {/* The help stays too once opened, for as long as it is of the same
            item, so that opening it again only shows it. */}
        <Box display={help ? 'flex' : 'none'} flexDirection="column">
          <KeysHeld.Provider value={helpHeld}>
            <WhileShown shown={help}>
              <HelpScreen
                key={helpItem?.id ?? ''}
                session={session}
                item={helpItem}
                onClose={closeHelp}
              />
            </WhileShown>
          </KeysHeld.Provider>
        </Box>
      </KeyRouter>
    </UiContext.Provider>
  );
}
