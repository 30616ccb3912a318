import type { Messages } from '../en/index.js';

export const availability: Messages['availability'] = {
  available: 'disponible',
  availableSince: ({ since }) => `disponible depuis ${since}`,
  upgrade: ({ since }) => `mettre à jour en ${since} ou plus`,
  checkVersion: ({ since }) => `version à vérifier : dès ${since}`,
  unavailable: 'absent de cette release',
  unavailableUntil: ({ since }) => `absent de cette release : dès ${since}`,
  notApplicable: 'sans objet',
  notApplicableUntil: ({ since }) => `sans objet avant ${since}`,
  recommended: ({ value }) => `valeur recommandée ${value}`,
  defaultSecure: 'la valeur par défaut est la valeur recommandée',
  defaultInsecure: 'la valeur par défaut n’est pas la valeur recommandée',
  defaultInsecureUntil: ({ since }) =>
    `la valeur par défaut n’est la valeur recommandée qu’à partir de ${since}`,
  defaultByCountry:
    'la valeur par défaut dépend du produit cible (pays) : lisez-la sur le système',
  defaultByVersion: 'la valeur par défaut dépend de la version : lisez-la sur le système',
  conflict: ({ table, text, taken }) =>
    `le tableau de la note indique ${table} et son texte ${text} : la plus récente, ${taken}, est retenue`,
};
