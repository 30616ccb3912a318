/** The words of the interactive wizard: its screens, prompts, checks and key hints. */
type Count = { count: number };

export const wizard = {
  labelled: ({ label, text }: { label: string; text: string }) => `${label}: ${text}`,
  saveFailed: ({ detail }: { detail: string }) =>
    `Not saved (${detail}): free some space or check the folder; the next answer saves it all.`,
  storeFailed: ({ path, detail }: { path: string; detail: string }) =>
    `The wizard cannot open its saved visits in ${path} (${detail}). Check that the folder exists and that you may write to it, or set OXO_HARDEN_HOME to another folder.`,
  progress: {
    setup: ({ step, count }: { step: number; count: number }) =>
      `Set-up ${step}/${count}`,
    section: ({ index, count }: { index: number; count: number }) =>
      `Section ${index}/${count}`,
    item: ({ index, count }: { index: number; count: number }) =>
      `Item ${index}/${count}`,
    answered: ({ answered, total }: { answered: number; total: number }) =>
      `${answered}/${total} answered`,
    review: 'Review',
    signOff: 'Sign-off',
    finished: 'Finished',
    start: 'Start',
  },
  keys: {
    choose: ({ arrows }: { arrows: string }) => `${arrows} choose`,
    scroll: ({ arrows }: { arrows: string }) => `${arrows} scroll`,
    confirm: 'Enter confirm',
    back: 'Esc back',
    close: 'Esc close',
    help: '? help',
    language: 'L français',
    quit: 'Ctrl+C save and quit',
    arrows: { unicode: '↑↓', ascii: 'Up/Down' },
  },
  list: {
    position: ({ index, count }: { index: number; count: number }) =>
      `${index} of ${count}`,
    lines: ({ first, last, count }: { first: number; last: number; count: number }) =>
      `lines ${first} to ${last} of ${count}`,
  },
  start: {
    heading: 'Visits in progress',
    intro:
      'Resume a visit where it stopped, start a new one, or review a site from the report of its last visit.',
    headingNone: 'No visit in progress',
    introNone: 'Start a new visit, or review a site from the report of its last visit.',
    newVisit: 'Start a new visit',
    unnamed: '(no customer yet)',
    noRelease: 'release not given',
    reportPending: 'signed off, report not written',
    damagedSession: ({ movedTo }: { movedTo: string }) =>
      `A saved visit could not be read: its file is damaged. It was moved to ${movedTo}, and the wizard starts without it.`,
    damagedIndex: ({ movedTo }: { movedTo: string }) =>
      `The list of visits could not be read; it was rebuilt from the visits themselves, and nothing is lost. The damaged copy is at ${movedTo}.`,
  },
  language: {
    heading: 'Language of the visit / Langue de la visite',
    intro: 'The screens and the report use it; L switches it on any screen.',
    fr: 'Français',
    en: 'English',
  },
  site: {
    heading: 'The site and the people',
    prompt: {
      customer: 'Who is the customer (company or organisation)?',
      name: 'What is the site called?',
      address: 'What is the address of the site? (optional)',
      installer: 'What is your name, as the installer?',
      company: 'Which company do you work for? (optional)',
      date: 'What is the date of the visit? (YYYY-MM-DD)',
    },
    label: {
      customer: 'Customer',
      name: 'Site',
      address: 'Address',
      installer: 'Installer',
      company: 'Company',
      date: 'Date',
    },
  },
  resume: {
    heading: 'This site has a visit in progress',
    found: ({
      site,
      when,
      answered,
      total,
    }: {
      site: string;
      when: string;
      answered: number;
      total: number;
    }) =>
      `The visit of ${site} was last changed on ${when}, with ${answered} of ${total} items answered.`,
    resume: 'Resume that visit where it stopped',
    fresh: 'Start a new visit anyway',
  },
  system: {
    heading: 'The system',
    product: 'Which product is it?',
    release:
      'Which release does OMC show? (System Miscellaneous, for example R910/021.001)',
    readBack: 'The wizard reads it as:',
    presetCount: ({ count }: Count) =>
      count === 1
        ? 'One item of the checklist does not exist in this release: it is pre-answered, and you can still look at it.'
        : `${count} items of the checklist do not exist in this release: they are pre-answered, and you can still look at them.`,
    confirm: 'That is right',
    change: 'Change it',
    remoteQuestion:
      'Does the customer want remote access from the Internet (user applications or management from outside)?',
    remoteNo: 'No: nothing reaches the system from the Internet',
    remoteYes: 'Yes: some applications or management reach it from the Internet',
    remoteNote: ({ count }: Count) =>
      `Without remote access, ${count} items of the remote-access checks are pre-answered not applicable.`,
  },
  section: {
    items: ({ count, preset }: { count: number; preset: number }) =>
      preset === 0
        ? `${count} items to answer.`
        : `${count} items, ${preset} of them pre-answered by the system description.`,
    begin: 'Begin',
  },
  forwarding: {
    heading: 'Forwarding rules on the Internet access device',
    intro:
      'Add each port forwarding to the system that the customer’s router has: public port, then the system’s port. No rule at all is an answer too.',
    none: 'No forwarding rule recorded.',
    add: 'Add a rule found on the router',
    remove: ({ rule }: { rule: string }) => `Remove ${rule}`,
    done: 'Done: go on to the remote-access items',
    publicPort: 'Which public port does the router forward? (1 to 65535)',
    oxoPort: 'To which port of the system? (50443 is the one for the Internet)',
    trunk: 'Is this rule the declared public IP trunk?',
    trunkYes: 'Yes: it is the public IP trunk',
    trunkNo: 'No',
    notWanted: ({ count }: Count) =>
      count === 1
        ? 'The customer wants no remote access, yet the router forwards a port to the system: remove the rule.'
        : `The customer wants no remote access, yet the router forwards ${count} ports to the system: remove the rules.`,
  },
  item: {
    heading: ({ chapter, title }: { chapter: string; title: string }) =>
      `${chapter}  ${title}`,
    recommendation: 'Recommendation',
    risk: 'Why',
    where: 'Where',
    system: 'This system',
    /** Between two clauses of the release model's sentence. */
    clauses: '; ',
    answer: 'Answer',
    preset: 'Pre-answered',
    question: 'What did you find?',
    keep: ({ status }: { status: string }) => `Keep: ${status}`,
    value: {
      'hex-byte': 'Type the value read in OMC',
      'hex-port': 'Type the value read in OMC',
      port: 'Type the port found',
      users: 'Type the users who have it',
    },
    password: 'Check a password offline (not shown, never kept)',
    choice: {
      compliant: 'Compliant',
      'not-compliant': 'Not compliant: say what was found',
      'not-applicable': 'Not applicable: say why',
      'not-checked': 'Not checked: say why',
      'risk-accepted': 'Risk accepted by the customer: who, why, until when',
    },
    proposed: ({ choice }: { choice: string }) => `${choice} (proposed)`,
    status: {
      compliant: 'compliant',
      'not-compliant': 'not compliant',
      'not-applicable': 'not applicable',
      'not-checked': 'not checked',
      'risk-accepted': 'risk accepted',
    },
    unanswered: 'not answered',
    standing: ({ status, detail }: { status: string; detail: string }) =>
      detail ? `${status}. ${detail}` : `${status}.`,
    acceptance: ({ by, until }: { by: string; until: string }) =>
      `Accepted by ${by} until ${until}.`,
  },
  field: {
    finding: 'What was found?',
    reason: {
      'not-applicable': 'Why does it not apply here?',
      'not-checked': 'Why was it not checked?',
      'risk-accepted': 'Why does the customer accept the risk?',
    },
    by: 'Who accepts the risk for the customer (name and role)?',
    until: 'Until which day does the acceptance hold? (YYYY-MM-DD)',
    error: {
      required: 'An answer is needed here: type a few words.',
      date: ({ value }: { value: string }) =>
        `"${value}" is not a date: write it YYYY-MM-DD, for example 2026-03-14.`,
      past: ({ value, today }: { value: string; today: string }) =>
        `${value} is already past: the acceptance must hold until today (${today}) or later.`,
    },
  },
  value: {
    empty: 'Type the value read on the system, or press Esc to answer without it.',
    prompt: {
      'hex-byte': ({ label }: { label: string }) =>
        `Which value does ${label} have? (two hexadecimal digits, 00 to FF)`,
      'hex-port':
        'Which value does ExtHttpsPo have? (two hexadecimal bytes, for example 82 A3)',
      'port-system':
        'To which port of the system does the router forward Internet traffic?',
      'port-public': 'Which public port do the remote applications connect to?',
      users: 'Which users have it? (names separated by commas; leave empty for nobody)',
    },
    error: {
      'hex-byte': ({ input }: { input: string }) =>
        `"${input}" is not a byte: type two hexadecimal digits, 00 to FF.`,
      'hex-port': ({ input }: { input: string }) =>
        `"${input}" is not an ExtHttpsPo value: type two hexadecimal bytes, for example 82 A3 for port 33443.`,
      port: ({ input }: { input: string }) =>
        `"${input}" is not a port: type a whole number from 1 to 65535.`,
    },
    hexByteOk: ({ found }: { found: string }) => `${found} is the recommended value.`,
    hexByteOff: ({ found, recommended }: { found: string; recommended: string }) =>
      `${found} is not the recommended value, ${recommended}.`,
    hexByteFinding: ({
      label,
      found,
      recommended,
    }: {
      label: string;
      found: string;
      recommended: string;
    }) => `${label} reads ${found}; the note recommends ${recommended}.`,
    hexPort: ({ found, port }: { found: string; port: number }) =>
      `ExtHttpsPo ${found} is port ${port}.`,
    hexPortOk: 'It matches the public port forwarded to 50443.',
    hexPortOff: ({ ports, expected }: { ports: string; expected: string }) =>
      `The router forwards public port ${ports} to 50443: ExtHttpsPo should read ${expected}.`,
    hexPortFinding: ({
      found,
      port,
      ports,
    }: {
      found: string;
      port: number;
      ports: string;
    }) =>
      `ExtHttpsPo reads ${found} (port ${port}), but the public port forwarded to 50443 is ${ports}.`,
    noForwarding:
      'No forwarding to 50443 is recorded, so there is nothing to compare with: the rules are entered at the start of the remote-access section.',
    systemPortOk: 'It is the port the system keeps for the Internet.',
    systemPortLan: ({ port }: { port: number }) =>
      `${port} is one of the system’s LAN ports: Internet traffic must never be forwarded to 443 or 10443.`,
    systemPortOff: ({ port }: { port: number }) =>
      `Internet traffic may reach the system on port 50443 only, not on ${port} (except a declared public IP trunk).`,
    systemPortFinding: ({ port }: { port: number }) =>
      `The router forwards Internet traffic to port ${port} of the system instead of 50443.`,
    publicPortOk: 'It is the public port forwarded to 50443.',
    publicPortOff: ({ port, ports }: { port: number; ports: string }) =>
      `The router forwards public port ${ports} to 50443, not ${port}.`,
    publicPortFinding: ({ port, ports }: { port: number; ports: string }) =>
      `The applications use public port ${port}, but the router forwards ${ports} to 50443.`,
    users: ({ users, count }: { users: string; count: number }) =>
      count === 1 ? `One user: ${users}.` : `${count} users: ${users}.`,
    nobody: 'Nobody has it.',
  },
  password: {
    prompt: ({ kind }: { kind: string }) =>
      `${kind}: type it to check it (not shown, never kept, Enter to check)`,
    finding: 'A password checked offline does not meet the system’s rules (chapter 2).',
    empty: 'Type the password to check it, or press Esc to answer without a check.',
  },
  help: {
    heading: ({ title }: { title: string }) => `Help: ${title}`,
    general: 'Help',
    conflict: 'Where the note contradicts itself',
    keys: [
      'Up and Down choose in a list, Enter confirms, Esc goes back one step, text fields included.',
      '? opens the help of the item on screen; L switches between French and English on any screen that is not a text field.',
      'Every answer is saved the moment it is given. Ctrl+C saves and quits: the next start offers to resume at the same item.',
    ].join('\n'),
  },
  review: {
    heading: 'Review',
    score: ({
      compliant,
      counted,
      percent,
    }: {
      compliant: number;
      counted: number;
      percent: string;
    }) => `score ${compliant}/${counted}${percent}`,
    percent: ({ value }: { value: number }) => ` (${value}%)`,
    noScore: 'nothing counted',
    section: ({ title, score }: { title: string; score: string }) => `${title}: ${score}`,
    counted: ({
      compliant,
      notCompliant,
      riskAccepted,
      notChecked,
    }: {
      compliant: number;
      notCompliant: number;
      riskAccepted: number;
      notChecked: number;
    }) =>
      `counted: ${compliant} compliant, ${notCompliant} not compliant, ${riskAccepted} ${riskAccepted === 1 ? 'risk' : 'risks'} accepted, ${notChecked} not checked`,
    leftOut: ({ release, installer }: { release: number; installer: number }) =>
      `left out (not applicable): ${release} by the release, ${installer} by the installer`,
    signOff: 'Go on to the sign-off',
    hint: 'Highlight an item to see the score of its section; Enter opens it to change the answer.',
    missing: ({ count }: Count) =>
      count === 1
        ? 'One item is not answered yet: Enter opens it (not checked is an answer too).'
        : `${count} items are not answered yet: Enter opens the first (not checked is an answer too).`,
  },
  signOff: {
    heading: 'Sign-off',
    signerName: 'Who signs for the customer? (name)',
    signerRole: 'What is their role?',
    acknowledgeHeading: ({ name }: { name: string }) =>
      `${name}, for the customer, acknowledges that:`,
    acknowledge: [
      'the installer has explained the security functions of the system, and what the system is exposed to when the vendor’s recommendations are not followed strictly and at all times (chapter 1);',
      'the customer sets and keeps a strict, constant password policy, at least as strict as the note’s: it is the key to preventing unauthorized use (chapter 2.1);',
      'anyone who reaches the Personal Assistant or remote substitution (DISA transit) with a correct password is implicitly an authorized user of that password (chapter 2.1).',
    ],
    risksHeading: 'The customer accepts these risks:',
    risk: ({
      chapter,
      title,
      by,
      until,
      reason,
    }: {
      chapter: string;
      title: string;
      by: string;
      until: string;
      reason: string;
    }) => `${chapter} ${title}: accepted by ${by} until ${until}. ${reason}`,
    noRisk: 'The customer formally accepts no risk.',
    notFollowedHeading: 'These recommendations are not followed on this system:',
    notFollowed: ({
      chapter,
      title,
      reason,
    }: {
      chapter: string;
      title: string;
      reason: string;
    }) => (reason ? `${chapter} ${title}: ${reason}` : `${chapter} ${title}`),
    customerConfirms: ({ name }: { name: string }) =>
      `Enter: ${name} confirms, for the customer`,
    installerStatement: ({ name }: { name: string }) =>
      `${name}, installer, confirms that the answers describe the system as found and left on this visit, and that the customer was told what the acknowledgement says.`,
    fingerprint: ({ fingerprint }: { fingerprint: string }) =>
      `The report will be signed with your key: ${fingerprint}`,
    installerConfirms: ({ name }: { name: string }) =>
      `Enter: ${name} confirms and signs`,
  },
  finished: {
    heading: 'The visit is finished',
    writing: 'Signing and writing the report',
    wrote: ({ path }: { path: string }) => `Written: ${path}`,
    fingerprint: ({ fingerprint }: { fingerprint: string }) =>
      `Signed with the installer’s key ${fingerprint}`,
    digest: ({ digest }: { digest: string }) => `Record digest ${digest}`,
    newKey: ({ path }: { path: string }) =>
      `A signing key was created for you at ${path}; keep it, it signs every later report.`,
    failed: ({ detail, id, dir }: { detail: string; id: string; dir: string }) =>
      `The report could not be written: ${detail}. The visit is saved and finished; once the cause is fixed, write the report with: oxo-harden report --session ${id} --out ${dir}`,
    session: ({ id }: { id: string }) => `Session ${id}`,
    leave: 'Enter: leave',
  },
};
