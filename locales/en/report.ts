/** The words of the handover report, in every format, and of the `report` command. */
export const report = {
  usage: [
    'oxo-harden report: sign a visit and write its handover report.',
    '',
    'Usage:',
    '  oxo-harden report --answers <file> --out <dir> [--lang fr|en|both] [--format json,html,md,pdf]',
    '  oxo-harden report --session <id> --out <dir> [--lang fr|en|both] [--format json,html,md,pdf]',
    '',
    '  --answers <file>  an answers file (see examples/answers.sample.json)',
    '  --session <id>    a finished session of the wizard',
    '  --out <dir>       where to write the files; created if need be',
    '  --lang            the report language: fr, en, or both one after the other',
    '  --format          which files to write; all four by default',
    '',
    'The files are named after the site and the date of the visit. The record is signed',
    'with your key (created on first use); its digest and fingerprint are printed.',
  ].join('\n'),
  title: 'Security handover report',
  subtitle: 'OmniPCX Office RCE, after the vendor’s security note TC1143 ed.11',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  date: ({ day, month, year }: { day: string; month: string; year: string }) =>
    `${day} ${month} ${year}`,
  dateTime: ({ date, time }: { date: string; time: string }) => `${date} at ${time}`,
  zone: ({ zone }: { zone: string }) => `time zone ${zone}`,
  label: {
    customer: 'Customer',
    site: 'Site',
    address: 'Address',
    installer: 'Installer',
    visitDate: 'Date of the visit',
    release: 'Release',
    remoteAccess: 'Remote access from the Internet',
    forwarding: 'Port forwarding on the Internet access device',
    catalogue: 'Checklist',
    createdAt: 'Report made',
    value: 'Value found',
    reason: 'Reason',
    chapter: 'chapter',
    digest: 'Record digest',
    fingerprint: 'Signer’s key fingerprint',
    previous: 'Previous report',
  },
  labelled: ({ label, text }: { label: string; text: string }) => `${label}: ${text}`,
  itemsHeading: 'The answers, section by section',
  yes: 'yes',
  no: 'no',
  none: 'none',
  noPrevious: 'none: this is the first report of this site',
  status: {
    compliant: 'Compliant',
    'not-compliant': 'Not compliant',
    'risk-accepted': 'Risk accepted',
    'not-checked': 'Not checked',
    'not-applicable': 'Not applicable',
  },
  reasonCode: {
    unavailable: 'The setting does not exist on this release.',
    'not-applicable':
      'The function this setting controls does not exist on this release.',
    'no-remote-access': 'The customer wants no remote access from the Internet.',
    'no-answer': 'No answer was recorded during the visit.',
  },
  availability: {
    upgrade: ({ since }: { since: string }) => `Needs version ${since} or later.`,
    'check-version': ({ since }: { since: string }) =>
      `Exists from version ${since} on: the version was not given.`,
    unavailable: ({ since }: { since: string }) =>
      `Not on this release; first in ${since}.`,
  },
  wordingChanged:
    'The wording of this recommendation has changed since the report was signed; the signed record holds a hash of the words it was signed with.',
  withRecommended: ({ value, recommended }: { value: string; recommended: string }) =>
    `${value} (recommended: ${recommended})`,
  hexPort: ({ hex, port }: { hex: string; port: string }) => `${hex} (port ${port})`,
  passwordCheck: {
    compliant: ({ at }: { at: string }) =>
      `Password checked offline on ${at}: it meets the rules. The password itself is not kept.`,
    notCompliant: ({ at }: { at: string }) =>
      `Password checked offline on ${at}: it does not meet the rules. The password itself is not kept.`,
  },
  forwardingRule: ({ publicPort, oxoPort }: { publicPort: string; oxoPort: string }) =>
    `public port ${publicPort} to OXO port ${oxoPort}`,
  trunk: 'declared as the public IP trunk',
  summary: {
    scoreHeading: 'Score per section',
    section: 'Section',
    compliant: 'Compliant',
    notCompliant: 'Not compliant',
    riskAccepted: 'Risk accepted',
    notChecked: 'Not checked',
    counted: 'Counted',
    leftOut: 'Not applicable (R + I)',
    score: 'Score',
    total: 'All sections',
    explain:
      'Score = compliant items over counted items. Not checked items are counted, as they were not shown compliant; not applicable ones are left out, by the release model (R) or by the installer with a reason (I).',
    leftOutDetail: ({ release, installer }: { release: string; installer: string }) =>
      `${release} + ${installer}`,
    ratio: ({ compliant, counted }: { compliant: string; counted: string }) =>
      `${compliant} / ${counted}`,
    percent: ({ value }: { value: string }) => `${value}%`,
    noRatio: 'nothing counted',
  },
  releaseHeading: 'Release and upgrade advice',
  upgradeAdvice: ({ version, count }: { version: string; count: string }) =>
    `Upgrade to version ${version} or later: ${count} of the recommendations below need it.`,
  versionUnknown: ({ count }: { count: string }) =>
    `The version was not given: ${count} of the recommendations below depend on it. Read it in OMC and check them.`,
  latestVersion:
    'The note strongly recommends running the latest version of each release line.',
  risksHeading: 'Accepted risks',
  risk: ({ by, until }: { by: string; until: string }) =>
    `Accepted by ${by}, until the end of ${until}.`,
  noRisks: 'No risk was accepted.',
  nextReview: ({ date }: { date: string }) => `Next periodic review: ${date}.`,
  signOffHeading: 'Sign-off',
  customerConfirmed: ({
    name,
    role,
    at,
    risksAccepted,
  }: {
    name: string;
    role: string;
    at: string;
    risksAccepted: boolean;
  }) =>
    `${name} (${role}), for the customer, confirmed on ${at} that the security functions and the remaining risks were explained${risksAccepted ? ', and accepts the risks listed above' : ''}.`,
  installerConfirmed: ({
    name,
    company,
    at,
  }: {
    name: string;
    company: string;
    at: string;
  }) =>
    `${company ? `${name} (${company})` : name}, installer, confirmed on ${at} that the checks recorded in this report were carried out.`,
  notSignedOff:
    'Not signed off: neither the customer nor the installer has confirmed this report.',
  handSigned: 'Signatures on the printed copy',
  handCustomer: 'For the customer (name, date, signature)',
  handInstaller: 'For the installer (name, date, signature)',
  checkHeading: 'Checking this report',
  checkText:
    'The file that goes with this report is signed. Check it with “oxo-harden verify <file>”, or with openssl alone as the oxo-harden README explains. The digest and the fingerprint below, also in the QR code, tie this copy to that file.',
  qrTitle: 'Record digest and signer’s fingerprint',
  page: ({ page, pages }: { page: string; pages: string }) => `Page ${page} of ${pages}`,
  // The command
  wrote: ({ path }: { path: string }) => `Wrote ${path}`,
  digestLine: ({ digest }: { digest: string }) => `Digest:      ${digest}`,
  fingerprintLine: ({ fingerprint }: { fingerprint: string }) =>
    `Fingerprint: ${fingerprint}`,
  newKey: ({ path }: { path: string }) =>
    `A signing key was created for you at ${path}. Keep it: every later report is signed with it, and customers recognise you by its fingerprint.`,
  needSource:
    'Nothing to render: give --answers <file> (an answers file) or --session <id> (a session of the wizard)',
  bothSources: 'Give either --answers or --session, not both',
  needOut: 'Say where to write the report with --out <dir>',
  badLang: ({ value }: { value: string }) =>
    `Unknown report language "${value}": use --lang fr, en or both`,
  badFormat: ({ value, formats }: { value: string; formats: string }) =>
    `Unknown format "${value}": use a comma-separated list of ${formats}`,
  noSession: ({ id }: { id: string }) =>
    `There is no session "${id}" in this tool's store. Start the wizard (oxo-harden) to see the sessions in progress.`,
  unfinishedSession: ({ id }: { id: string }) =>
    `Session "${id}" is not finished: resume it in the wizard and sign it off, then make the report.`,
  answersMissing: ({ path }: { path: string }) =>
    `The answers file ${path} does not exist. Check the path.`,
  answersUnreadable: ({ path, detail }: { path: string; detail: string }) =>
    `The answers file ${path} cannot be read (${detail}).`,
  answersInvalid: ({ path, count }: { path: string; count: string }) =>
    `The answers file ${path} has ${count} problem(s); fix them and run the command again:`,
  outUnwritable: ({ path, detail }: { path: string; detail: string }) =>
    `The report cannot be written to ${path} (${detail}). Choose another folder with --out; nothing was written there.`,
  keyUnreadable: ({ path, detail }: { path: string; detail: string }) =>
    `The signing key ${path} cannot be read (${detail}). Restore it from your backup; if it is lost, move the file away and a new key will be made, with a new fingerprint to give your customers.`,
  keyUnwritable: ({ path, detail }: { path: string; detail: string }) =>
    `The signing key cannot be saved at ${path} (${detail}). Check that the folder can be written, or set OXO_HARDEN_HOME to one that can.`,
  badRelease: ({ release }: { release: string }) =>
    `The visit's release "${release}" cannot be read, so the report cannot be made. Correct the release and try again.`,
};
