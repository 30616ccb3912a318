import type { Messages } from '../en/index.js';

export const plan: Messages['plan'] = {
  usage: [
    'oxo-harden plan : la liste de contrôle de la TC1143 adaptée à une release,',
    'pour préparer une intervention.',
    '',
    'Utilisation :',
    '  oxo-harden plan --release <release> [--product oxo|oxo-connect] [--json]',
    '',
    'Options :',
    '  --release <r>   release lue dans OMC : R910/021.001, R9.1, OXO Connect R5.1',
    '  --product <p>   oxo (OmniPCX Office RCE, par défaut) ou oxo-connect',
    '  --json          un objet JSON sur la sortie standard, pour les scripts',
    '  --lang fr|en    la langue de la liste',
    '  --no-color      sans couleur',
  ].join('\n'),
  missingRelease: ({ forms }) =>
    `Le plan a besoin de la release du système : ajoutez --release, par exemple --release R910/021.001. Formes acceptées : ${forms}.`,
  badProduct: ({ value }) =>
    `Produit inconnu « ${value} » : utilisez --product oxo ou --product oxo-connect.`,
  heading: ({ release }) => `Liste de contrôle pour ${release}`,
  remoteOnly: 'seulement si l’accès à distance depuis Internet est voulu',
  summary: ({ total, available, upgrade, check, missing }) =>
    `${total} points : ${available} disponibles, ${upgrade} demandent une mise à jour, ${check} dépendent de la version, ${missing} absents de cette release ou sans objet.`,
};
