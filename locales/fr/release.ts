import type { Messages } from '../en/index.js';

export const release: Messages['release'] = {
  productName: {
    oxo: 'OmniPCX Office RCE',
    'oxo-connect': 'OXO Connect',
  },
  describe: ({ product, line, version }) =>
    version
      ? `${product} en release ${line}, version ${version}`
      : `${product} en release ${line} (version non précisée)`,
  badFormat: ({ input, forms }) =>
    `« ${input} » n’est pas une release lisible par l’outil. Formes acceptées : ${forms}.`,
  unknownLine: ({ input, line }) =>
    `« ${input} » désigne la release ${line}, qui n’a jamais existé entre R3.1 et R10.0. Vérifiez la release affichée dans OMC (Particularités système) et recommencez.`,
  badConnectLine: ({ line }) =>
    `Les releases OXO Connect commencent en R2.0 ; ${line} n’en est pas une. Vérifiez la release affichée dans OMC.`,
  warning: {
    'newer-than-note': ({ line }) =>
      `La release ${line} est plus récente que la note, qui s’arrête à R10.0 : elle est traitée comme R10.0.`,
    'older-than-note': ({ line }) =>
      `La release ${line} est antérieure à toutes celles des tableaux de la note : rien de ce qu’ils introduisent n’y est disponible.`,
    'oxo-connect': ({ line }) =>
      `OXO Connect ${line} est plus récent que toutes les releases de la note, qui s’arrête à R10.0 : il est traité comme R10.0.`,
  },
};
