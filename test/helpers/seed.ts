/**
 * A visit in progress written to a home the way the wizard writes it: the
 * set-up screens walked through the reducer, then placed where a test
 * needs it, saved with the progress the wizard counts.
 */
import type { Status } from '../../src/answers.js';
import {
  newSession,
  progressOf,
  reduce,
  type Session,
  type SessionEvent,
} from '../../src/session/index.js';
import { openStore, type Store } from '../../src/store.js';
import { ITEMS, SECTIONS } from '../../steps/index.js';
import { INSTALLER } from './screens.js';

export const SEEDED_AT = new Date('2026-03-14T12:00:00Z');

export function storeOf(home: string): Store {
  return openStore(home, { progress: (session) => progressOf(session, SECTIONS) });
}

export interface SeedOptions {
  id?: string;
  customer?: string;
  site?: string;
  /** Every item answered with this status, so that the review leads to the sign-off. */
  answerAll?: Status | undefined;
  /** Anything else the session should hold: a signer, a draft. */
  extra?: Partial<Session>;
}

export function seedSession(
  home: string,
  position: Session['position'],
  {
    id = 'seeded-1',
    customer = 'Dupont SA',
    site = 'Lyon HQ',
    answerAll,
    extra = {},
  }: SeedOptions = {},
): Session {
  const deps = { sections: SECTIONS, now: () => SEEDED_AT };
  const events: SessionEvent[] = [
    { type: 'chooseLanguage', lang: 'en' },
    { type: 'site', field: 'customer', value: customer },
    { type: 'site', field: 'name', value: site },
    { type: 'site', field: 'address', value: '1 rue de la Paix' },
    { type: 'site', field: 'installer', value: INSTALLER },
    { type: 'site', field: 'company', value: 'TelInstall' },
    { type: 'site', field: 'date', value: '2026-03-14' },
    { type: 'product', product: 'oxo' },
    { type: 'release', text: 'R910/021.001' },
    { type: 'confirmRelease' },
    { type: 'remoteAccess', wanted: true },
  ];
  const walked = events.reduce(
    (session, event) => reduce(session, event, deps),
    newSession(id, 'en', '2026-03-14'),
  );
  const answers = answerAll
    ? Object.fromEntries(
        ITEMS.map((item) => [
          item.id,
          {
            status: answerAll,
            ...(answerAll === 'compliant' ? {} : { reason: 'Vu sur place' }),
            source: 'installer' as const,
            answeredAt: SEEDED_AT.toISOString(),
          },
        ]),
      )
    : walked.visit.answers;
  const session: Session = {
    ...walked,
    ...extra,
    position,
    visit: { ...walked.visit, answers },
  };
  storeOf(home).save(session, SEEDED_AT);

  return session;
}
