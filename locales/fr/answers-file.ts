import type { Messages } from '../en/index.js';

export const answersFile: Messages['answersFile'] = {
  wholeFile: 'le fichier',
  missing: 'absent',
  found: ({ value }) => `trouvé ${value}`,
  expected: {
    object: 'un objet { … }',
    array: 'une liste [ … ]',
    text: 'un texte (non vide)',
    boolean: 'true ou false',
    date: 'une date AAAA-MM-JJ',
    'date-time': 'une date et une heure, par exemple 2025-03-14T10:30:00+01:00',
    'hex-byte': 'un octet hexadécimal de « 00 » à « FF »',
    'hex-port':
      'deux octets hexadécimaux contenant un port, par exemple « 82 A3 » pour 33443',
    port: 'un numéro de port de 1 à 65535',
    users: 'une liste de noms d’usagers',
    digest: 'un condensé « sha256: » suivi de 64 chiffres hexadécimaux, ou null',
  },
  oneOf: ({ options }) => `l’une des valeurs ${options}`,
  problem: ({ path, expected, found }) => `${path} : attendu ${expected} (${found}).`,
  notJson: ({ detail }) => `Le fichier n’est pas du JSON valide (${detail}).`,
  unknownField: ({ path, options }) =>
    `${path} : champ inconnu ; les champs possibles ici sont ${options}.`,
  unknownItem: ({ path }) =>
    `${path} : aucun point de la liste de contrôle ne porte cet identifiant ; « oxo-harden plan --release <release> » liste les identifiants.`,
  noValue: ({ path, found }) =>
    `${path} : ce point ne prend pas de valeur, seulement un statut (${found}).`,
  noPasswordValue: ({ path }) =>
    `${path} : un mot de passe ne s’écrit jamais dans un fichier de réponses ; donnez seulement « passwordCheck », le verdict de la vérification hors ligne.`,
  needsReason: ({ path, status }) =>
    `${path} : un point marqué ${status} demande un motif, que le rapport affiche (absent).`,
  needsAcceptance: ({ path }) =>
    `${path} : un point en risque accepté demande « acceptance » : { "by": "…", "until": "AAAA-MM-JJ" } (absent).`,
  noAcceptance: ({ path, status }) =>
    `${path} : seul un point en risque accepté a une acceptation ; celui-ci est ${status}.`,
  badRelease: ({ path, found }) =>
    `${path} : ${found} n’est pas une release lisible par l’outil ; écrivez-la R910/021.001, R9.1 ou OXO Connect R5.1.`,
};
