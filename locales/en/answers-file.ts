/** The words of the answers file's checks: one line per problem, naming the field. */
export const answersFile = {
  wholeFile: 'the file',
  missing: 'missing',
  found: ({ value }: { value: string }) => `found ${value}`,
  expected: {
    object: 'an object { … }',
    array: 'a list [ … ]',
    text: 'a text (not empty)',
    boolean: 'true or false',
    date: 'a date YYYY-MM-DD',
    'date-time': 'a date and time such as 2025-03-14T10:30:00+01:00',
    'hex-byte': 'a hex byte "00" to "FF"',
    'hex-port': 'two hex bytes holding a port, such as "82 A3" for 33443',
    port: 'a port number from 1 to 65535',
    users: 'a list of user names',
    digest: 'a digest "sha256:" followed by 64 hex digits, or null',
  },
  oneOf: ({ options }: { options: string }) => `one of ${options}`,
  problem: ({
    path,
    expected,
    found,
  }: {
    path: string;
    expected: string;
    found: string;
  }) => `${path}: expected ${expected} (${found}).`,
  notJson: ({ detail }: { detail: string }) => `The file is not valid JSON (${detail}).`,
  unknownField: ({ path, options }: { path: string; options: string }) =>
    `${path}: unknown field; the fields here are ${options}.`,
  unknownItem: ({ path }: { path: string }) =>
    `${path}: no item of the checklist has this id; "oxo-harden plan --release <release>" lists the ids.`,
  noValue: ({ path, found }: { path: string; found: string }) =>
    `${path}: this item takes no value, only a status (${found}).`,
  noPasswordValue: ({ path }: { path: string }) =>
    `${path}: a password is never written in an answers file; give only "passwordCheck", the verdict of the offline check.`,
  needsReason: ({ path, status }: { path: string; status: string }) =>
    `${path}: an item marked ${status} needs a reason, which the report shows (missing).`,
  needsAcceptance: ({ path }: { path: string }) =>
    `${path}: a risk-accepted item needs "acceptance": { "by": "…", "until": "YYYY-MM-DD" } (missing).`,
  noAcceptance: ({ path, status }: { path: string; status: string }) =>
    `${path}: only a risk-accepted item has an acceptance; this one is ${status}.`,
  badRelease: ({ path, found }: { path: string; found: string }) =>
    `${path}: ${found} is not a release the tool can read; write it as R910/021.001, R9.1 or OXO Connect R5.1.`,
};
