/**
 * Every change to a session goes through `reduce`: the screens send events,
 * the wizard saves what comes back. An event that does not fit where the
 * session stands (a stale key, an invalid text) leaves it as it was, so a
 * saved session is always one the wizard can resume.
 */
import type { Visit } from '../answers.js';
import type { Lang } from '../i18n.js';
import { parseRelease } from '../release.js';
import { onItem } from './item-events.js';
import { advance, retreat, withVisit } from './moves.js';
import { allItems, standingOf } from './presets.js';
import { refreshReview } from './review.js';
import { onSignOff } from './sign-off-events.js';
import type { Session, SessionDeps, SessionEvent, SiteField } from './types.js';
import { siteFieldError } from './validate.js';

export function newSession(id: string, lang: Lang, date: string): Session {
  const visit: Visit = {
    site: { customer: '', name: '', address: '' },
    people: { installer: { name: '', company: '' } },
    date,
    product: 'oxo',
    release: '',
    remoteAccess: false,
    forwarding: [],
    answers: {},
  };

  return {
    id,
    lang,
    visit,
    position: { screen: 'language' },
    systemKnown: false,
    finished: false,
  };
}

function setSiteField(visit: Visit, field: SiteField, value: string): Partial<Visit> {
  const text = value.trim();
  switch (field) {
    case 'customer':
    case 'name':
    case 'address':
      return { site: { ...visit.site, [field]: text } };
    case 'installer':
      return { people: { installer: { ...visit.people.installer, name: text } } };
    case 'company':
      return { people: { installer: { ...visit.people.installer, company: text } } };
    default:
      return { date: text };
  }
}

export function reduce(
  session: Session,
  event: SessionEvent,
  deps: SessionDeps,
): Session {
  const { position } = session;
  // The language can change on any screen, even once the visit is signed.
  if (event.type === 'setLanguage') return { ...session, lang: event.lang };
  // The one change a finished visit takes. Always a new object for one, so
  // that it is saved: an index a crash left saying "pending" is put right.
  if (event.type === 'reportWritten') {
    if (!session.finished) return session;
    const { reportPending: _pending, ...written } = session;
    return written;
  }
  if (session.finished) return session;
  if (position.screen === 'item') return onItem(session, event, deps);
  if (position.screen === 'sign-off') return onSignOff(session, event, deps);

  switch (event.type) {
    case 'chooseLanguage':
      if (position.screen !== 'language') return session;
      return advance({ ...session, lang: event.lang }, deps);
    case 'site':
      if (position.screen !== 'site' || position.field !== event.field) return session;
      if (siteFieldError(event.field, event.value)) return session;
      return advance(
        withVisit(session, setSiteField(session.visit, event.field, event.value)),
        deps,
      );
    case 'product':
      if (position.screen !== 'product') return session;
      return advance(withVisit(session, { product: event.product }), deps);
    case 'release': {
      if (position.screen !== 'release') return session;
      const parsed = parseRelease(event.text, session.visit.product);
      if (!parsed.ok) return session;
      const change = { release: event.text.trim(), product: parsed.release.product };

      return advance(refreshReview(withVisit(session, change), deps), deps);
    }
    case 'confirmRelease':
      return position.screen === 'release-check' ? advance(session, deps) : session;
    case 'remoteAccess':
      if (position.screen !== 'remote-access') return session;
      return advance(
        refreshReview(
          { ...withVisit(session, { remoteAccess: event.wanted }), systemKnown: true },
          deps,
        ),
        deps,
      );
    case 'forwarding':
      if (position.screen !== 'forwarding') return session;
      return withVisit(session, { forwarding: event.rules });
    case 'next':
      if (position.screen === 'review' && !reviewComplete(session, deps)) return session;
      if (position.screen === 'finished') return session;
      return advance(session, deps);
    case 'back': {
      const field = position.screen === 'site' ? position.field : null;
      if (field && event.typed !== undefined && !siteFieldError(field, event.typed)) {
        const change = setSiteField(session.visit, field, event.typed);
        return retreat(withVisit(session, change), deps);
      }

      return retreat(session, deps);
    }
    case 'keep': {
      const field = position.screen === 'site' ? position.field : null;
      if (!field || siteFieldError(field, event.typed)) return session;

      return withVisit(session, setSiteField(session.visit, field, event.typed));
    }
    case 'jump':
      if (position.screen !== 'review') return session;
      if (!allItems(deps.sections).some((item) => item.id === event.item)) return session;
      return {
        ...session,
        position: { screen: 'item', item: event.item },
        fromReview: true,
      };
    default:
      return session;
  }
}

/**
 * A saved session made ready to resume: an item the catalogue no longer
 * has (the session was saved by an older version) leads to the review,
 * where every item is listed; a periodic review is judged again on the
 * day it resumes, since an acceptance may have ended in between.
 */
export function resumable(saved: Session, deps: SessionDeps): Session {
  const session = saved.finished ? saved : refreshReview(saved, deps);
  const { position } = session;
  const known = (id: string) => allItems(deps.sections).some((item) => item.id === id);
  if (position.screen === 'item' && !known(position.item)) {
    const { draft: _draft, fromReview: _fromReview, ...rest } = session;
    return { ...rest, position: { screen: 'review' } };
  }

  return session;
}

/** Whether every item stands answered (by the installer or the system description). */
export function reviewComplete(session: Session, deps: SessionDeps): boolean {
  return allItems(deps.sections).every((item) => standingOf(item, session));
}
