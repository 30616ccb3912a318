/**
 * How an item's availability on a release reads, in the plan, the wizard and
 * the reports. `since` is written as the note writes it: "610/052.001" for a
 * version, "R8.2" for a release line.
 */
export const availability = {
  available: 'available',
  availableSince: ({ since }: { since: string }) => `available from ${since}`,
  upgrade: ({ since }: { since: string }) => `upgrade to ${since} or later`,
  checkVersion: ({ since }: { since: string }) => `check the version: from ${since}`,
  unavailable: 'not in this release',
  unavailableUntil: ({ since }: { since: string }) =>
    `not in this release: from ${since}`,
  notApplicable: 'not applicable',
  notApplicableUntil: ({ since }: { since: string }) => `not applicable before ${since}`,
  recommended: ({ value }: { value: string }) => `recommended value ${value}`,
  defaultSecure: 'factory default is the recommended value',
  defaultInsecure: 'factory default is not the recommended value',
  defaultInsecureUntil: ({ since }: { since: string }) =>
    `factory default is not the recommended value before ${since}`,
  defaultByCountry:
    'factory default depends on the target country: read it on the system',
  defaultByVersion: 'factory default depends on the version: read it on the system',
  conflict: ({ table, text, taken }: { table: string; text: string; taken: string }) =>
    `the note’s table says ${table} and its text ${text}: ${taken}, the later, is taken`,
};
