/**
 * The events of an item's answer form (see form.ts): what each key on an
 * item screen does to the draft, and when the draft becomes an answer.
 */
import { localDay } from '../dates.js';
import {
  answerOf,
  emptyDraft,
  fieldAfter,
  fieldBefore,
  prefilledFields,
  takesPassword,
  takesValue,
} from './form.js';
import { advance, retreat, withVisit } from './moves.js';
import { allItems, standingOf } from './presets.js';
import type { Draft, Item, Session, SessionDeps, SessionEvent } from './types.js';
import { formFieldError } from './validate.js';

/** The item on screen, if the session stands on one the catalogue has. */
export function currentItem(session: Session, deps: SessionDeps): Item | null {
  const { position } = session;
  if (position.screen !== 'item') return null;

  return allItems(deps.sections).find((item) => item.id === position.item) ?? null;
}

/** The form of the item on screen: the saved draft, or a fresh one. */
export function draftOf(session: Session, item: Item): Draft {
  return session.draft?.item === item.id ? session.draft : emptyDraft(item.id);
}

export function onItem(
  session: Session,
  event: SessionEvent,
  deps: SessionDeps,
): Session {
  const item = currentItem(session, deps);
  if (!item) return session;
  const draft = draftOf(session, item);
  const at = deps.now().toISOString();
  const save = (next: Draft): Session => ({ ...session, draft: next });
  const { step } = draft;

  switch (event.type) {
    case 'choose': {
      if (draft.step !== 'choose') return session;
      const { choice } = event;
      if (choice === 'keep')
        return standingOf(item, session) ? advance(session, deps) : session;
      if (choice === 'value')
        return takesValue(item) ? save({ ...draft, step: 'value' }) : session;
      if (choice === 'password') {
        return takesPassword(item) ? save({ ...draft, step: 'password' }) : session;
      }
      const previous = session.visit.answers[item.id];
      const fields = prefilledFields(draft, choice, previous);
      const first = fieldAfter(choice, null);
      if (first) return save({ ...draft, status: choice, step: first, fields });
      const answer = answerOf(draft, choice, at);
      const answers = { ...session.visit.answers, [item.id]: answer };

      return advance(withVisit(session, { answers }), deps);
    }
    case 'value':
      if (draft.step !== 'value') return session;
      return save({
        ...draft,
        step: 'choose',
        value: event.value,
        ...(event.proposal ? { proposal: event.proposal } : {}),
      });
    case 'passwordChecked': {
      if (draft.step !== 'password' || item.answer.kind !== 'password') return session;
      const { passwordKind: kind } = item.answer;
      const passwordCheck = { kind, compliant: event.compliant, checkedAt: at };

      return save({ ...draft, step: 'choose', passwordCheck, proposal: event.proposal });
    }
    case 'field': {
      const { status } = draft;
      if (!status || step === 'choose' || step === 'value' || step === 'password') {
        return session;
      }
      const today = localDay(deps.now());
      if (formFieldError(step, event.value, today)) return session;
      const filled = {
        ...draft,
        fields: { ...draft.fields, [step]: event.value.trim() },
      };
      const following = fieldAfter(status, step);
      if (following) return save({ ...filled, step: following });
      const answers = {
        ...session.visit.answers,
        [item.id]: answerOf(filled, status, at),
      };

      return advance(withVisit(session, { answers }), deps);
    }
    case 'back': {
      const { status } = draft;
      if (step === 'choose') {
        if (draft.passwordCheck)
          return save({ item: item.id, step: 'password', fields: {} });
        if (draft.value !== undefined)
          return save({ item: item.id, step: 'value', fields: {} });
        return retreat(session, deps);
      }
      if (step === 'value' || step === 'password') return save(emptyDraft(item.id));
      const fields =
        event.typed !== undefined
          ? { ...draft.fields, [step]: event.typed }
          : draft.fields;
      const before = status ? fieldBefore(status, step) : null;
      if (before) return save({ ...draft, step: before, fields });
      const { status: _status, ...rest } = draft;

      return save({ ...rest, step: 'choose', fields });
    }
    case 'keep':
      if (step === 'choose' || step === 'value' || step === 'password') return session;
      return save({ ...draft, fields: { ...draft.fields, [step]: event.typed } });
    default:
      return session;
  }
}
