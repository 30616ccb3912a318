export const release = {
  productName: {
    oxo: 'OmniPCX Office RCE',
    'oxo-connect': 'OXO Connect',
  },
  /** How the wizard and the reports read a release back to the installer. */
  describe: ({
    product,
    line,
    version,
  }: {
    product: string;
    line: string;
    version?: string;
  }) =>
    version
      ? `${product}, release ${line}, version ${version}`
      : `${product}, release ${line} (version not given)`,
  badFormat: ({ input, forms }: { input: string; forms: string }) =>
    `"${input}" is not a release the tool can read. Accepted forms: ${forms}.`,
  unknownLine: ({ input, line }: { input: string; line: string }) =>
    `"${input}" names release ${line}, which never existed between R3.1 and R10.0. Check the release shown in OMC (System Miscellaneous) and try again.`,
  badConnectLine: ({ line }: { line: string }) =>
    `OXO Connect releases start at R2.0; ${line} is not one. Check the release shown in OMC.`,
  warning: {
    'newer-than-note': ({ line }: { line: string }) =>
      `Release ${line} is newer than the note, which stops at R10.0: it is treated as R10.0.`,
    'older-than-note': ({ line }: { line: string }) =>
      `Release ${line} is older than every release in the note's tables: nothing they introduce is available there.`,
    'oxo-connect': ({ line }: { line: string }) =>
      `OXO Connect ${line} is newer than every release in the note, which stops at R10.0: it is treated as R10.0.`,
  },
};
