/** The words of `oxo-harden verify`. */
export const verify = {
  usage: [
    'oxo-harden verify: check that a report is the one that was signed.',
    '',
    'Usage:',
    '  oxo-harden verify <file> [--signer <fingerprint>]',
    '',
    '  <file>                the report: its .json, .html, .md or .pdf file',
    '  --signer <fingerprint> also require this signer, e.g. the fingerprint on',
    '                        the installer’s business card',
    '',
    'Exit codes: 0 intact, 1 changed or not signed by that key, 2 not a report.',
  ].join('\n'),
  needFile: 'Say which report to check: oxo-harden verify <file>',
  missing: ({ path }: { path: string }) =>
    `The file ${path} does not exist. Check the path and the name.`,
  unreadable: ({ path, detail }: { path: string; detail: string }) =>
    `The file ${path} cannot be read (${detail}).`,
  notAReport: ({ path }: { path: string }) =>
    `${path} is not an oxo-harden report: it carries no signed report. Give the .json, .html, .md or .pdf file that oxo-harden report wrote.`,
  carrier: {
    json: 'signed JSON',
    html: 'HTML page',
    markdown: 'Markdown file',
    pdf: 'PDF',
  },
  intact: ({ path, carrier }: { path: string; carrier: string }) =>
    `${path} (${carrier}) is intact: the signature matches and nothing was changed.`,
  failed: ({ path, count }: { path: string; count: string }) =>
    `${path} cannot be trusted: ${count} check(s) failed.`,
  field: ({ label, value }: { label: string; value: string }) => `${label}: ${value}`,
  label: {
    site: 'Site',
    date: 'Visit',
    installer: 'Installer',
    signer: 'Signed with key',
    customer: 'Customer',
    digest: 'Digest',
  },
  signedBy: ({ name, role }: { name: string; role: string }) =>
    `signed off by ${name} (${role})`,
  notSignedOff: 'not signed off',
  compareFingerprint:
    'Compare the key fingerprint with the one the installer gave you (or use --signer): anyone can sign a report with a key of their own.',
  notCompared: ({ version }: { version: string }) =>
    `This page was made by oxo-harden ${version}, not by this version, so its visible text was not compared with the signed record; the signed record itself is intact.`,
  problem: {
    unparsable: ({ detail }: { detail: string }) =>
      `The signed report is not valid JSON any more (${detail}): the file was edited.`,
    malformed: ({ field }: { field: string }) =>
      `The field "${field}" of the signed report is missing or of the wrong kind.`,
    'signed-encoding':
      'The signed content ("signed") is not valid base64: it was changed.',
    'not-a-record': 'The signed content is not an oxo-harden record.',
    digest:
      'The digest does not match the signed content: the content or the digest was changed.',
    'public-key': 'The public key is not an Ed25519 key: it was changed.',
    fingerprint:
      'The fingerprint does not match the public key: the key or the fingerprint was changed.',
    signature:
      'The signature does not match the signed content and the public key: the content, the signature or the key was changed.',
    'record-changed': ({ paths }: { paths: string }) =>
      `The readable record differs from the signed one at: ${paths}.`,
    'record-layout':
      'The readable record holds the signed values but its fields were moved: the file was edited by hand after signing.',
    'visible-text':
      'The signed record is intact, but the text of this file is not what that record renders to: the visible report was edited after signing. Trust the signed record, not this text.',
    signer: ({ expected }: { expected: string }) =>
      `The report was not signed with the key ${expected}.`,
  },
};
