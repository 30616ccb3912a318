/**
 * Moving along the road of `path.ts`, the way every event that completes a
 * screen does: the draft of the screen left behind is dropped, and an item
 * opened from the review leads back to the review.
 */
import type { Visit } from '../answers.js';
import { nextPosition, previousPosition } from './path.js';
import type { Session, SessionDeps } from './types.js';

export function advance(session: Session, deps: SessionDeps): Session {
  const { draft: _draft, fromReview, ...rest } = session;
  const back = fromReview && session.position.screen === 'item';

  return {
    ...rest,
    position: back ? { screen: 'review' } : nextPosition(deps.sections, session.position),
  };
}

export function retreat(session: Session, deps: SessionDeps): Session {
  const { draft: _draft, fromReview, ...rest } = session;
  const { position } = session;
  // The language screen is the first; leaving it is the start screen's business.
  if (position.screen === 'language' || position.screen === 'finished') return session;
  if (fromReview && position.screen === 'item')
    return { ...rest, position: { screen: 'review' } };

  return { ...rest, position: previousPosition(deps.sections, position) };
}

export function withVisit(session: Session, change: Partial<Visit>): Session {
  return { ...session, visit: { ...session.visit, ...change } };
}
