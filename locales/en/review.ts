/** The words of the periodic review: the `review` command, its report section, and the wizard's. */
type Count = { count: number };

export const review = {
  usage: [
    'oxo-harden review: the periodic review of a site, after its last signed report.',
    '',
    'Usage:',
    '  oxo-harden review <previous report>',
    '  oxo-harden review <previous report> --answers <file> --out <dir>',
    '        [--release <r>] [--next-review YYYY-MM-DD | --review-months N]',
    '        [--lang fr|en|both] [--format json,html,md,pdf] [--json]',
    '',
    'In a terminal and without --answers, the review is answered in the wizard, which',
    'asks each carried answer "still true?" and writes the report with its other reports.',
    '',
    '  <previous report>  the site’s last report (.json, .html, .md or .pdf); it is verified first',
    '  --answers <file>   the review’s new answers; it may hold only what changed, and {} is enough',
    '  --out <dir>        where to write the new report; created if need be',
    '  --release <r>      the release found on the system now; the previous one by default',
    '  --next-review      the date of the next review; twelve months after this one by default',
    '  --review-months N  the next review N months after this one, instead',
    '  --lang, --format   as for oxo-harden report',
    '  --json             print one JSON object instead of the summary',
    '',
    'What the answers file leaves out (site, people, date, release, remote access,',
    'forwarding) is taken from the previous report; the date is the day of the review.',
    'An earlier answer is carried forward only where the recommendation’s words and its',
    'availability on the release are unchanged and any accepted risk is still accepted;',
    'every other item not answered in the file is recorded as not checked, with the reason.',
  ].join('\n'),
  needPrevious:
    'Say which report to review: oxo-harden review <previous report> --answers <file> --out <dir>',
  needAnswers:
    'Give the review’s new answers with --answers <file>. The file may hold only what changed: a file holding {} carries forward every answer that can be carried. In a terminal, leave --answers out to answer the review in the wizard.',
  fileOnly: ({ flags, dir }: { flags: string; dir: string }) =>
    `${flags} only go with --answers. Without it, the review is answered in the wizard, which writes its report to ${dir}.`,
  needOut: 'Say where to write the review’s report with --out <dir>',
  previousMissing: ({ path }: { path: string }) =>
    `The previous report ${path} does not exist. Check the path and the name.`,
  previousUnreadable: ({ path, detail }: { path: string; detail: string }) =>
    `The previous report ${path} cannot be read (${detail}).`,
  notAReport: ({ path }: { path: string }) =>
    `${path} is not an oxo-harden report: it carries no signed report. Give the .json, .html, .md or .pdf file of the site’s last report.`,
  tampered: ({ path, count }: { path: string; count: string }) =>
    `${path} cannot be trusted, so it cannot be reviewed: ${count} check(s) failed.`,
  tamperedAdvice:
    'Review from an intact copy of the report (the customer’s, or your own), or start a new visit in the wizard.',
  newerRecord: ({ path, version }: { path: string; version: string }) =>
    `${path} was made by oxo-harden ${version}, whose records this version cannot read. Update oxo-harden and run the review again.`,
  releaseConflict: ({ flag, file }: { flag: string; file: string }) =>
    `--release says ${flag} but the answers file says ${file}. Give the release once, in either place.`,
  nextReviewBoth: 'Give either --next-review or --review-months, not both',
  badNextReview: ({ value }: { value: string }) =>
    `"${value}" is not a date: give --next-review as YYYY-MM-DD, for example 2026-03-14`,
  badReviewMonths: ({ value }: { value: string }) =>
    `"${value}" is not a number of months: give --review-months a whole number from 1 to 60`,
  nextReviewConflict: ({ flag, file }: { flag: string; file: string }) =>
    `The command line sets the next review on ${flag} but the answers file says ${file}. Give it once.`,
  nextReviewTooEarly: ({ date, visitDate }: { date: string; visitDate: string }) =>
    `The next review (${date}) must come after this one (${visitDate}). Give a later date.`,
  digestConflict: ({ file, previous }: { file: string; previous: string }) =>
    `The answers file names the previous report ${file}, but the report given is ${previous}. Remove previousDigest from the file, or review the report it names.`,
  // The command's summary
  follows: ({ digest, date }: { digest: string; date: string }) =>
    `Follows:     ${digest} (report of ${date})`,
  nextReview: ({ date }: { date: string }) => `Next review: ${date}`,
  summaryHeading: 'Since the previous report:',
  list: ({ label, count, items }: { label: string; count: string; items: string }) =>
    `${label} (${count}): ${items}`,
  carried: 'Answers carried forward',
  open: 'Not answered again, recorded as not checked',
  fixed: 'Fixed',
  newlyNotCompliant: 'Newly not compliant',
  availabilityChanged: 'Availability changed',
  added: 'New in the checklist',
  changed: 'Re-worded',
  removed: 'No longer in the checklist',
  count: ({ label, count }: { label: string; count: string }) => `${label}: ${count}`,
  releaseChanged: ({ change }: { change: string }) => `Release: ${change}`,
  expired: ({
    id,
    by,
    until,
    zone,
    now,
  }: {
    id: string;
    by: string;
    until: string;
    zone: string;
    now: string;
  }) =>
    `The risk accepted by ${by} for ${id} ended at the end of ${until} (${zone}); the item is now: ${now}.`,
  endingSoon: ({
    id,
    by,
    until,
    left,
  }: {
    id: string;
    by: string;
    until: string;
    left: string;
  }) => `The risk accepted by ${by} for ${id} ends at the end of ${until}: ${left}.`,
  daysLeft: ({ days }: { days: string }) =>
    days === '0'
      ? 'today is its last day'
      : days === '1'
        ? '1 day left'
        : `${days} days left`,
  nothingChanged: 'Nothing changed since the previous report.',
  /** Why an item needs a full answer, in a few words. */
  why: {
    'new-item': 'new in the checklist',
    'text-changed': 'recommendation re-worded',
    'availability-changed': 'availability changed with the release',
    'acceptance-expired': 'risk acceptance ended',
  },
  // The report's section
  heading: 'Since the previous report',
  intro: ({ date, digest }: { date: string; digest: string }) =>
    `This report is a periodic review. It follows the report of ${date}, whose record digest is ${digest}. Answers carried forward from that report are marked as such.`,
  unchanged: 'Nothing changed since the previous report.',
  group: {
    fixed: 'Fixed since the previous report',
    newlyNotCompliant: 'Newly not compliant',
    expired: 'Risk acceptances that have ended',
    endingSoon: 'Risk acceptances ending within 30 days',
    release: 'Release',
    availability: 'Items whose availability changed',
    open: 'Not answered again: recorded as not checked',
    added: 'New in the checklist',
    changed: 'Recommendations re-worded since the previous report',
    removed: 'No longer in the checklist',
  },
  statusChange: ({ title, was, now }: { title: string; was: string; now: string }) =>
    `${title}: ${was} → ${now}`,
  newItem: 'new item',
  expiredLine: ({
    title,
    by,
    until,
    now,
  }: {
    title: string;
    by: string;
    until: string;
    now: string;
  }) => `${title}: accepted by ${by} until the end of ${until}; now: ${now}.`,
  endingSoonLine: ({
    title,
    by,
    until,
    left,
  }: {
    title: string;
    by: string;
    until: string;
    left: string;
  }) => `${title}: accepted by ${by} until the end of ${until}; ${left}.`,
  releaseLine: ({ from, to }: { from: string; to: string }) => `From ${from} to ${to}.`,
  availabilityLine: ({ title, from, to }: { title: string; from: string; to: string }) =>
    `${title}: ${from} → ${to}`,
  openLine: ({ title, why }: { title: string; why: string }) => `${title}: ${why}`,
  removedLine: ({ id, chapter }: { id: string; chapter: string }) =>
    `${id} (chapter ${chapter})`,
  /** The reason an item that was not answered again shows, by why it needed a full answer. */
  reason: {
    'new-item':
      'New in the checklist since the previous report, and not answered at this review.',
    'text-changed':
      'The recommendation was re-worded since the previous report, so the earlier answer was not carried forward, and it was not answered again.',
    'availability-changed':
      'The item means something else on this release than on the previous one, so the earlier answer was not carried forward, and it was not answered again.',
    other:
      'The earlier answer could not be carried forward, and the item was not answered again.',
  },
  acceptanceEnded: ({ by, until }: { by: string; until: string }) =>
    `The risk accepted by ${by} ended at the end of ${until}: the item is not checked until it is answered again.`,
  carriedNote: ({ date }: { date: string }) =>
    `Answer carried forward from the previous report, where it was given on ${date}.`,
  // The wizard's
  wizard: {
    /** Before the progress of every screen of a review. */
    progress: 'Periodic review',
    startOption: 'Review a site from its last report',
    pick: {
      heading: 'Review a site from its last report',
      intro:
        'Pick a report the wizard wrote, or give the path of the site’s last report. It is verified before anything else.',
      typePath: 'Give the path of another report',
      question: 'Where is the site’s last report? (its .json, .html, .md or .pdf file)',
      checking: 'Checking the report',
    },
    intro: {
      heading: 'Periodic review',
      follows: ({
        site,
        date,
        release,
      }: {
        site: string;
        date: string;
        release: string;
      }) => `${site}: the review that follows the report of ${date}, made on ${release}.`,
      digest: 'Its record digest, which the new report names:',
      expired: ({ title, by, until }: { title: string; by: string; until: string }) =>
        `${title}: the risk accepted by ${by} ended at the end of ${until}. That answer is not carried forward, never as compliant: the item is asked again.`,
      endingSoon: ({
        title,
        by,
        until,
        left,
      }: {
        title: string;
        by: string;
        until: string;
        left: string;
      }) => `${title}: the risk accepted by ${by} ends at the end of ${until} (${left}).`,
      carried: ({ count }: Count) =>
        count === 1
          ? 'One answer is carried forward: the wizard asks whether it is still true, and Enter keeps it.'
          : `${count} answers are carried forward: for each, the wizard asks whether it is still true, and Enter keeps it.`,
      flagged: ({ count }: Count) =>
        count === 0
          ? 'On the same release, no item needs a full answer.'
          : count === 1
            ? 'One item needs a full answer: new in the checklist, re-worded, changed with the release, or its risk acceptance ended.'
            : `${count} items need a full answer: new in the checklist, re-worded, changed with the release, or their risk acceptance ended.`,
      release:
        'The release is asked again: after an upgrade, the items it changes are asked in full too.',
      begin: 'Enter: begin the review',
    },
    stillTrue: 'Is last time’s answer still true?',
    keep: ({ status }: { status: string }) => `Still true: ${status}`,
    lastTime: ({ date }: { date: string }) => `Last time (${date})`,
    flagged: {
      'new-item': 'New in the checklist since the previous report: answer it in full.',
      'text-changed':
        'The recommendation was re-worded since the previous report: read it again and answer it in full.',
      'availability-changed':
        'This item means something else on this release than on the previous one: answer it in full.',
    },
    expired: ({ by, until }: { by: string; until: string }) =>
      `The risk accepted by ${by} until ${until} has ended: last time’s answer no longer holds, answer again.`,
    endingSoon: ({ by, until, left }: { by: string; until: string; left: string }) =>
      `The risk accepted by ${by} ends at the end of ${until}: ${left}. Ask the customer whether it still holds.`,
    endingSoonList: ({ count, items }: { count: number; items: string }) =>
      count === 1
        ? `One risk acceptance ends within 30 days: ${items}.`
        : `${count} risk acceptances end within 30 days: ${items}.`,
    endingSoonItem: ({ title, left }: { title: string; left: string }) =>
      `${title} (${left})`,
    rowEnding: ({ left }: { left: string }) => `risk accepted, ${left}`,
    rowFlagged: ({ status, why }: { status: string; why: string }) =>
      `${status} (${why})`,
    releaseChanged: ({ from, count }: { from: string; count: number }) =>
      count === 0
        ? `The previous report was made on ${from}; no item changes with this release.`
        : count === 1
          ? `The previous report was made on ${from}: one item changes with this release and is asked in full.`
          : `The previous report was made on ${from}: ${count} items change with this release and are asked in full.`,
    finished: {
      heading: 'The review is finished',
      follows: ({ digest, date }: { digest: string; date: string }) =>
        `It follows the report of ${date}, record digest ${digest}`,
      nextReview: ({ date }: { date: string }) => `Next review: ${date}`,
    },
  },
};
