export const plan = {
  usage: [
    'oxo-harden plan: the checklist of TC1143 tailored to one release, to prepare a visit.',
    '',
    'Usage:',
    '  oxo-harden plan --release <release> [--product oxo|oxo-connect] [--json]',
    '',
    'Options:',
    '  --release <r>   the release shown in OMC: R910/021.001, R9.1, OXO Connect R5.1',
    '  --product <p>   oxo (OmniPCX Office RCE, the default) or oxo-connect',
    '  --json          one JSON object on standard output, for scripts',
    '  --lang fr|en    the language of the checklist',
    '  --no-color      no colour',
  ].join('\n'),
  missingRelease: ({ forms }: { forms: string }) =>
    `The plan needs the system's release: add --release, for example --release R910/021.001. Accepted forms: ${forms}.`,
  badProduct: ({ value }: { value: string }) =>
    `Unknown product "${value}": use --product oxo or --product oxo-connect.`,
  heading: ({ release }: { release: string }) => `Checklist for ${release}`,
  remoteOnly: 'only if remote access from the Internet is wanted',
  summary: ({
    total,
    available,
    upgrade,
    check,
    missing,
  }: {
    total: number;
    available: number;
    upgrade: number;
    check: number;
    missing: number;
  }) =>
    `${total} items: ${available} available, ${upgrade} need an upgrade, ${check} depend on the version, ${missing} not in this release or not applicable.`,
};
