/**
 * An answers file: a visit written by hand (or by another program) in the
 * same language-neutral form the wizard records, so that `report` can work
 * without a terminal. It is checked field by field without a schema
 * library, which would cost more start-up time than the whole check; every
 * problem is kept, with the path of the field and what was expected there,
 * so one run shows everything to fix.
 */
import type { ForwardingRule, SignOff, Visit } from './answers.js';
import { checkAnswer } from './answers-file-answer.js';
import { Checker, isObject, type AnswersProblem } from './answers-file-check.js';
import type { Item } from './catalogue.js';
import { parseRelease } from './release.js';

export type { AnswersProblem, Expected } from './answers-file-check.js';

export type AnswersResult =
  | { ok: true; visit: Visit; previousDigest: string | null }
  | { ok: false; problems: AnswersProblem[] };

const DIGEST = /^sha256:[0-9a-f]{64}$/;

const TOP_FIELDS = [
  'site',
  'people',
  'date',
  'product',
  'release',
  'remoteAccess',
  'forwarding',
  'answers',
  'signOff',
  'nextReview',
  'previousDigest',
];

function checkSignOff(check: Checker, raw: unknown): SignOff | undefined {
  const json = check.object(
    raw,
    'signOff',
    ['customer', 'installer'],
    ['customer', 'installer'],
  );
  if (!json) return undefined;
  const customerFields = ['name', 'role', 'confirmedAt'];
  const installerFields = ['name', 'confirmedAt'];
  const customer = check.object(
    json.customer,
    'signOff.customer',
    customerFields,
    customerFields,
  );
  const installer = check.object(
    json.installer,
    'signOff.installer',
    installerFields,
    installerFields,
  );
  if (!customer || !installer) return undefined;

  return {
    customer: {
      name: check.text(customer.name, 'signOff.customer.name'),
      role: check.text(customer.role, 'signOff.customer.role'),
      confirmedAt: check.dateTime(customer.confirmedAt, 'signOff.customer.confirmedAt'),
    },
    installer: {
      name: check.text(installer.name, 'signOff.installer.name'),
      confirmedAt: check.dateTime(installer.confirmedAt, 'signOff.installer.confirmedAt'),
    },
  };
}

function checkForwarding(check: Checker, raw: unknown): ForwardingRule[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    check.fail('forwarding', 'array', raw);
    return [];
  }

  return raw.flatMap((entry, index) => {
    const path = `forwarding[${index}]`;
    const fields = ['publicPort', 'oxoPort', 'trunk'];
    const json = check.object(entry, path, fields, ['publicPort', 'oxoPort']);
    if (!json) return [];
    const rule: ForwardingRule = {
      publicPort: check.port(json.publicPort, `${path}.publicPort`),
      oxoPort: check.port(json.oxoPort, `${path}.oxoPort`),
    };
    if (json.trunk !== undefined) rule.trunk = check.boolean(json.trunk, `${path}.trunk`);

    return [rule];
  });
}

/** Reads an answers file against the catalogue's items. */
export function readAnswers(text: string, items: readonly Item[]): AnswersResult {
  const check = new Checker();
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', expected: 'json', found: (error as Error).message }],
    };
  }
  const required = ['site', 'people', 'date', 'release', 'remoteAccess', 'answers'];
  const json = check.object(raw, '', TOP_FIELDS, required);
  if (!json) return { ok: false, problems: check.problems };

  const siteFields = ['customer', 'name', 'address'];
  const site = check.object(json.site, 'site', siteFields, siteFields);
  const people = check.object(json.people, 'people', ['installer'], ['installer']);
  const installerFields = ['name', 'company'];
  const installer =
    people &&
    check.object(people.installer, 'people.installer', installerFields, installerFields);
  const date = check.date(json.date, 'date');
  const product =
    check.oneOf(json.product, 'product', ['oxo', 'oxo-connect'] as const) ?? 'oxo';
  const release = check.text(json.release, 'release');
  if (release) {
    const parsed = parseRelease(release, product);
    if (!parsed.ok) check.fail('release', 'release', release, { release: parsed.error });
  }

  const visit: Visit = {
    site: {
      customer: check.text(site?.customer, 'site.customer'),
      name: check.text(site?.name, 'site.name'),
      address: check.text(site?.address, 'site.address', { empty: true }),
    },
    people: {
      installer: {
        name: check.text(installer?.name, 'people.installer.name'),
        company: check.text(installer?.company, 'people.installer.company', {
          empty: true,
        }),
      },
    },
    date,
    product,
    release,
    remoteAccess: check.boolean(json.remoteAccess, 'remoteAccess'),
    forwarding: checkForwarding(check, json.forwarding),
    answers: {},
  };

  if (json.answers !== undefined && !isObject(json.answers)) {
    check.fail('answers', 'object', json.answers);
  } else if (json.answers !== undefined) {
    const byId = new Map(items.map((item) => [item.id, item]));
    for (const [id, raw] of Object.entries(json.answers)) {
      const item = byId.get(id);
      if (!item) {
        check.fail(`answers.${id}`, 'known-item');
        continue;
      }
      const answer = checkAnswer(check, item, raw, `answers.${id}`, date);
      if (answer) visit.answers[id] = answer;
    }
  }

  if (json.signOff !== undefined) {
    const signOff = checkSignOff(check, json.signOff);
    if (signOff) visit.signOff = signOff;
  }
  if (json.nextReview !== undefined)
    visit.nextReview = check.date(json.nextReview, 'nextReview');
  let previousDigest: string | null = null;
  if (json.previousDigest !== undefined && json.previousDigest !== null) {
    previousDigest = check.test(json.previousDigest, 'previousDigest', 'digest', (t) =>
      DIGEST.test(t),
    );
  }

  if (check.problems.length > 0) return { ok: false, problems: check.problems };

  return { ok: true, visit, previousDigest };
}
