/**
 * Whether a value read back from disk is a session the wizard can resume:
 * the shape of `types.ts`, field by field. A file changed by hand or by
 * another program parses, yet a screen would fail on it half-way; caught
 * here, it is moved aside like a file that does not parse. Only the shape
 * is checked, not the catalogue: an item the catalogue no longer has is
 * `resumable`'s business, and a periodic review's own data the review's.
 */
import { STATUSES, type Answer, type PasswordKind } from '../answers.js';
import { SECTION_IDS } from '../catalogue.js';
import { isLang } from '../i18n.js';
import type { Product } from '../release.js';
import { SIGN_OFF_STEPS, SITE_FIELDS, type FormStep, type Position } from './types.js';

const SCREENS = [
  'language',
  'site',
  'product',
  'release',
  'release-check',
  'remote-access',
  'section',
  'forwarding',
  'item',
  'review',
  'sign-off',
  'finished',
] as const satisfies readonly Position['screen'][];
// A screen added to `Position` and not listed here would send its sessions
// aside: it fails to compile instead.
type Unlisted = Exclude<Position['screen'], (typeof SCREENS)[number]>;
const everyScreenListed: [Unlisted] extends [never] ? true : never = true;

const STEPS = [
  'choose',
  'value',
  'password',
  'finding',
  'reason',
  'by',
  'until',
] as const satisfies readonly FormStep[];
const PRODUCTS = ['oxo', 'oxo-connect'] as const satisfies readonly Product[];
const SOURCES = [
  'installer',
  'release',
  'previous',
] as const satisfies readonly Answer['source'][];
const KINDS = [
  'user',
  'management',
  'operator',
] as const satisfies readonly PasswordKind[];

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const oneOf = (values: readonly string[], value: unknown) =>
  isText(value) && values.includes(value);
const optional = (value: unknown, check: (value: unknown) => boolean) =>
  value === undefined || check(value);
const texts = (value: unknown, ...keys: string[]) =>
  isObject(value) && keys.every((key) => isText(value[key]));
const isPort = (value: unknown) =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 65535;
const isValue = (value: unknown) =>
  isText(value) ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every(isText));
const isPasswordCheck = (value: unknown) =>
  isObject(value) &&
  oneOf(KINDS, value.kind) &&
  typeof value.compliant === 'boolean' &&
  isText(value.checkedAt);

function isPosition(value: unknown): boolean {
  if (!everyScreenListed || !isObject(value) || !oneOf(SCREENS, value.screen))
    return false;
  switch (value.screen) {
    case 'site':
      return oneOf(SITE_FIELDS, value.field);
    case 'section':
      return oneOf(SECTION_IDS, value.section);
    case 'item':
      return isText(value.item);
    case 'sign-off':
      return oneOf(SIGN_OFF_STEPS, value.step);
    default:
      return true;
  }
}

function isAnswer(value: unknown): boolean {
  return (
    isObject(value) &&
    oneOf(STATUSES, value.status) &&
    oneOf(SOURCES, value.source) &&
    isText(value.answeredAt) &&
    optional(value.reason, isText) &&
    optional(value.value, isValue) &&
    optional(value.acceptance, (acceptance) => texts(acceptance, 'by', 'until')) &&
    optional(value.passwordCheck, isPasswordCheck)
  );
}

function isVisit(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { people, forwarding, answers, signOff } = value;

  return (
    texts(value.site, 'customer', 'name', 'address') &&
    isObject(people) &&
    texts(people.installer, 'name', 'company') &&
    texts(value, 'date', 'release') &&
    oneOf(PRODUCTS, value.product) &&
    typeof value.remoteAccess === 'boolean' &&
    Array.isArray(forwarding) &&
    forwarding.every(
      (rule) =>
        isObject(rule) &&
        isPort(rule.publicPort) &&
        isPort(rule.oxoPort) &&
        optional(rule.trunk, (trunk) => typeof trunk === 'boolean'),
    ) &&
    isObject(answers) &&
    Object.values(answers).every(isAnswer) &&
    optional(
      signOff,
      (given) =>
        isObject(given) &&
        texts(given.customer, 'name', 'role', 'confirmedAt') &&
        texts(given.installer, 'name', 'confirmedAt'),
    ) &&
    optional(value.nextReview, isText)
  );
}

function isDraft(value: unknown): boolean {
  return (
    isObject(value) &&
    isText(value.item) &&
    oneOf(STEPS, value.step) &&
    optional(value.status, (status) => oneOf(STATUSES, status)) &&
    optional(value.value, isValue) &&
    optional(
      value.proposal,
      (proposal) =>
        isObject(proposal) &&
        oneOf(['compliant', 'not-compliant'], proposal.status) &&
        optional(proposal.finding, isText),
    ) &&
    optional(value.passwordCheck, isPasswordCheck) &&
    isObject(value.fields) &&
    Object.values(value.fields).every(isText)
  );
}

export function isSessionShape(value: unknown): boolean {
  const boolean = (field: unknown) => typeof field === 'boolean';

  return (
    isObject(value) &&
    isText(value.id) &&
    isText(value.lang) &&
    isLang(value.lang) &&
    isPosition(value.position) &&
    isVisit(value.visit) &&
    optional(value.draft, isDraft) &&
    optional(
      value.signer,
      (signer) =>
        texts(signer, 'name', 'role') && optional((signer as Json).confirmedAt, isText),
    ) &&
    optional(value.systemKnown, boolean) &&
    optional(value.fromReview, boolean) &&
    boolean(value.finished) &&
    optional(value.reportPending, boolean) &&
    optional(value.review, isObject)
  );
}
