/**
 * The wizard's state machine, with no screen in it: what `src/ui/` draws
 * and what `src/store.ts` saves.
 */
export * from './types.js';
export { newSession, reduce, resumable, reviewComplete } from './reducer.js';
export { currentItem, draftOf } from './item-events.js';
export {
  FORWARDING_SECTION,
  pathOf,
  positionKey,
  progressOf,
  sectionOf,
  unansweredItems,
  type Progress,
} from './path.js';
export {
  presetOf,
  releaseOf,
  standingOf,
  type Preset,
  type Standing,
} from './presets.js';
export { FIELDS_OF, takesPassword, takesValue } from './form.js';
export {
  carriedDay,
  endingSoonOf,
  flagOf,
  newReviewSession,
  refreshReview,
  signOptionsOf,
} from './review.js';
export {
  formFieldError,
  signerError,
  siteFieldError,
  type FieldError,
} from './validate.js';
export {
  checkValue,
  parseHexByte,
  parseUsers,
  proposedStatus,
  publicPortsOf,
  WAN_API_ITEM,
  type ValueCheck,
  type ValueError,
  type Verdict,
} from './values.js';
