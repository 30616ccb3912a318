import type { Messages } from '../en/index.js';

export const password: Messages['password'] = {
  usage: [
    'Utilisation : oxo-harden check-password --kind user|management|operator [--release <release>] [--digits 4|6]',
    '',
    'Vérifie un mot de passe selon les règles du chapitre 2 de la note TC1143, avant de le saisir dans OMC ou sur un poste.',
    'Le mot de passe se tape dans le terminal sans s’afficher, ou arrive par un tube, sur une ligne. Il n’est',
    'jamais pris sur la ligne de commande, jamais affiché et jamais enregistré.',
    '',
    '  --kind user         un mot de passe usager (boîte vocale, Assistant Personnel, PIMphony, My IC Mobile)',
    '  --kind management   le mot de passe Installateur, Administrateur ou de la session Téléchargement de logiciel',
    '  --kind operator     le mot de passe Opérateur',
    '  --release <r>       la release du système, par exemple R910/021.001 : indique ce que le système contrôle lui-même',
    '  --digits 4|6        mots de passe usager : la longueur réglée sur le système',
    '',
    'Code de sortie : 0 si le mot de passe respecte les règles du système, 1 sinon, 2 en cas de mauvaise utilisation, 130 sur Ctrl+C.',
  ].join('\n'),
  kind: {
    user: 'Mot de passe usager',
    management:
      'Mot de passe de gestion (Installateur, Administrateur, session Téléchargement de logiciel)',
    operator: 'Mot de passe Opérateur',
  },
  prompt: {
    user: 'Mot de passe usager (il ne s’affiche pas) : ',
    management: 'Mot de passe de gestion (il ne s’affiche pas) : ',
    operator: 'Mot de passe Opérateur (il ne s’affiche pas) : ',
  },
  release: ({ release }) => `Release : ${release}`,
  noRelease:
    'Release non précisée : ajoutez --release (par exemple --release R910/021.001) pour savoir lesquelles de ces règles le système contrôle lui-même.',
  systemHeading: 'Les règles du système :',
  adviceHeading: 'Les conseils de la note (signalés ; ils ne décident pas du verdict) :',
  rule: {
    'user-digits': 'Uniquement des chiffres (0 à 9)',
    'user-length': ({ lengths }) => `Longueur : ${lengths} chiffres`,
    'user-trivial':
      'Pas trivial : ni un même chiffre répété (0000, 1111), ni une suite montante ou descendante (1234, 4321, 0123)',
    'user-pattern':
      'Pas de motif court répété (1212, 123123), pas de chiffres doublés (1122) ni de suite du clavier passant par 0 (7890)',
    'user-six-digits':
      'Six chiffres plutôt que quatre là où la release le permet (depuis 820/026.007, 900/033.002, 910/021.001 et dans toutes les releases suivantes)',
    'length-8': 'Exactement 8 caractères',
    upper: 'Au moins une lettre majuscule (A-Z)',
    lower: 'Au moins une lettre minuscule (a-z)',
    digit: 'Au moins un chiffre (0-9)',
    'letters-digits-only':
      'Lettres et chiffres uniquement : ni accents, ni espaces, ni caractères spéciaux',
    'two-different': 'Au moins deux caractères différents (ni 11111111, ni aaaaaaaa)',
    'not-run':
      'Pas une suite montante ou descendante d’un bout à l’autre (ni 12345678, ni abcdefgh)',
    trivial:
      'Pas une suite triviale (12345678, 11111111, 00000000), même en mêlant majuscules et minuscules',
    pattern: 'Pas de bloc court répété (Ab12Ab12) ni de caractères doublés (AAbb1122)',
    'common-word':
      'Pas un mot du langage de tous les jours, ni le nom du constructeur ou d’un compte (password, admin, Alcatel…)',
    'related-word': 'Rien des noms propres au client (société, site)',
  },
  lengthEither: ({ first, second }) => `${first} ou ${second}`,
  enforcement: {
    partly: ({ since }) =>
      `Cette version ne refuse qu’une partie des mots de passe triviaux ; la liste étendue est arrivée en ${since}.`,
    'not-yet': ({ since }) =>
      `Cette version ne le contrôle pas ; le système le contrôle à partir de ${since}.`,
    'not-in-line': ({ since, line }) =>
      `La release ${line} ne le contrôle pas ; le système le contrôle à partir de ${since}.`,
    'version-unknown': ({ since, line }) =>
      `La release ${line} le contrôle à partir de ${since} : précisez la version complète pour le savoir.`,
    'no-release': ({ since }) => `Le système le contrôle à partir de ${since}.`,
  },
  enforcementAll: {
    partly: ({ since }) =>
      `Cette version ne refuse qu’une partie des mots de passe triviaux ; la liste étendue est arrivée en ${since}.`,
    'not-yet': ({ since }) =>
      `Cette version ne contrôle pas ces règles ; le système les contrôle à partir de ${since}.`,
    'not-in-line': ({ since, line }) =>
      `La release ${line} ne contrôle pas ces règles ; le système les contrôle à partir de ${since}.`,
    'version-unknown': ({ since, line }) =>
      `La release ${line} contrôle ces règles à partir de ${since} : précisez la version complète pour le savoir.`,
    'no-release': ({ since }) => `Le système contrôle ces règles à partir de ${since}.`,
  },
  conflict: ({ table, text }) =>
    `La note donne ${table} dans son tableau et ${text} dans son texte ; la plus récente est retenue.`,
  compliant: 'Conforme : le mot de passe respecte toutes les règles du système.',
  adviceNotFollowed: ({ count }) =>
    count === 1
      ? 'Un conseil de la note n’est pas suivi : envisagez un autre mot de passe.'
      : `${count} conseils de la note ne sont pas suivis : envisagez un autre mot de passe.`,
  notCompliant: ({ count }) =>
    count === 1
      ? 'Non conforme : le mot de passe enfreint une des règles du système. Choisissez-en un autre.'
      : `Non conforme : le mot de passe enfreint ${count} des règles du système. Choisissez-en un autre.`,
  interrupted: 'Interrompu : rien n’a été vérifié.',
  missingKind:
    'Précisez de quel mot de passe il s’agit : --kind user, --kind management ou --kind operator.',
  badKind: ({ value }) =>
    `« ${value} » n’est pas un type de mot de passe. Utilisez --kind user, --kind management ou --kind operator.`,
  badDigits: ({ value }) =>
    `--digits ${value} : les mots de passe usager ont 4 ou 6 chiffres. Utilisez --digits 4 ou --digits 6.`,
  digitsNotUser:
    '--digits ne concerne que les mots de passe usager : utilisez-le avec --kind user, ou retirez-le.',
  sixDigitsUnavailable: ({ release }) =>
    `${release} n’a pas de mots de passe usager à 6 chiffres : ils sont arrivés en 820/026.007, 900/033.002, 910/021.001 et dans toutes les releases suivantes. Utilisez --digits 4, ou mettez d’abord le système à jour.`,
  passwordAsArgument:
    'check-password ne prend pas le mot de passe sur la ligne de commande, où l’historique du shell le garderait. Lancez-le sans le mot de passe et tapez-le à l’invite, ou envoyez-le par un tube sur une ligne.',
  emptyPassword:
    'Aucun mot de passe n’a été donné. Tapez-le à l’invite, ou envoyez-le par un tube sur une ligne.',
};
