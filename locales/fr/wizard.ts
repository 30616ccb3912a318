import type { Messages } from '../en/index.js';

export const wizard: Messages['wizard'] = {
  labelled: ({ label, text }) => `${label} : ${text}`,
  saveFailed: ({ detail }) =>
    `Non enregistré (${detail}) : libérez de la place ou vérifiez le dossier ; la réponse suivante enregistrera tout.`,
  storeFailed: ({ path, detail }) =>
    `L’assistant ne peut pas ouvrir ses visites enregistrées dans ${path} (${detail}). Vérifiez que le dossier existe et que vous pouvez y écrire, ou indiquez un autre dossier dans OXO_HARDEN_HOME.`,
  progress: {
    setup: ({ step, count }) => `Préparation ${step}/${count}`,
    section: ({ index, count }) => `Section ${index}/${count}`,
    item: ({ index, count }) => `Point ${index}/${count}`,
    answered: ({ answered, total }) => `${answered}/${total} répondus`,
    review: 'Relecture',
    signOff: 'Signature',
    finished: 'Terminé',
    start: 'Accueil',
  },
  keys: {
    choose: ({ arrows }) => `${arrows} choisir`,
    scroll: ({ arrows }) => `${arrows} faire défiler`,
    confirm: 'Entrée valider',
    back: 'Échap retour',
    close: 'Échap fermer',
    help: '? aide',
    language: 'L English',
    quit: 'Ctrl+C enregistrer et quitter',
    arrows: { unicode: '↑↓', ascii: 'Haut/Bas' },
  },
  list: {
    position: ({ index, count }) => `${index} sur ${count}`,
    lines: ({ first, last, count }) => `lignes ${first} à ${last} sur ${count}`,
  },
  start: {
    heading: 'Visites en cours',
    intro:
      'Reprenez une visite là où elle s’est arrêtée, commencez-en une nouvelle, ou revoyez un site à partir du rapport de sa dernière visite.',
    headingNone: 'Aucune visite en cours',
    introNone:
      'Commencez une nouvelle visite, ou revoyez un site à partir du rapport de sa dernière visite.',
    newVisit: 'Commencer une nouvelle visite',
    unnamed: '(client non saisi)',
    noRelease: 'release non saisie',
    reportPending: 'signée, rapport non écrit',
    damagedSession: ({ movedTo }) =>
      `Une visite enregistrée n’a pas pu être lue : son fichier est endommagé. Il a été déplacé vers ${movedTo}, et l’assistant démarre sans elle.`,
    damagedIndex: ({ movedTo }) =>
      `La liste des visites n’a pas pu être lue ; elle a été reconstruite à partir des visites elles-mêmes, sans rien perdre. La copie endommagée se trouve dans ${movedTo}.`,
  },
  language: {
    heading: 'Langue de la visite / Language of the visit',
    intro:
      'Les écrans et le rapport l’utilisent ; la touche L la change sur chaque écran.',
    fr: 'Français',
    en: 'English',
  },
  site: {
    heading: 'Le site et les personnes',
    prompt: {
      customer: 'Qui est le client (société ou organisme) ?',
      name: 'Comment s’appelle le site ?',
      address: 'Quelle est l’adresse du site ? (facultatif)',
      installer: 'Quel est votre nom, en tant qu’installateur ?',
      company: 'Pour quelle société travaillez-vous ? (facultatif)',
      date: 'Quelle est la date de la visite ? (AAAA-MM-JJ)',
    },
    label: {
      customer: 'Client',
      name: 'Site',
      address: 'Adresse',
      installer: 'Installateur',
      company: 'Société',
      date: 'Date',
    },
  },
  resume: {
    heading: 'Ce site a une visite en cours',
    found: ({ site, when, answered, total }) =>
      answered > 1
        ? `La visite de ${site} a été modifiée pour la dernière fois le ${when}, avec ${answered} points répondus sur ${total}.`
        : `La visite de ${site} a été modifiée pour la dernière fois le ${when}, avec ${answered} point répondu sur ${total}.`,
    resume: 'Reprendre cette visite là où elle s’est arrêtée',
    fresh: 'Commencer quand même une nouvelle visite',
  },
  system: {
    heading: 'Le système',
    product: 'De quel produit s’agit-il ?',
    release:
      'Quelle release OMC affiche-t-il ? (Particularités système, par exemple R910/021.001)',
    readBack: 'L’assistant la comprend ainsi :',
    presetCount: ({ count }) =>
      count === 1
        ? 'Un point de la liste n’existe pas dans cette release : il est prérempli, et vous pouvez toujours le consulter.'
        : `${count} points de la liste n’existent pas dans cette release : ils sont préremplis, et vous pouvez toujours les consulter.`,
    confirm: 'C’est exact',
    change: 'La modifier',
    remoteQuestion:
      'Le client veut-il un accès à distance depuis Internet (applications des utilisateurs ou gestion depuis l’extérieur) ?',
    remoteNo: 'Non : rien n’atteint le système depuis Internet',
    remoteYes: 'Oui : des applications ou la gestion l’atteignent depuis Internet',
    remoteNote: ({ count }) =>
      `Sans accès à distance, ${count} points des contrôles d’accès à distance sont préremplis « non applicable ».`,
  },
  section: {
    items: ({ count, preset }) =>
      preset === 0
        ? `${count} points à renseigner.`
        : `${count} points, dont ${preset} préremplis d’après la description du système.`,
    begin: 'Commencer',
  },
  forwarding: {
    heading: 'Redirections de port du périphérique d’accès Internet',
    intro:
      'Ajoutez chaque redirection de port vers le système présente sur le routeur du client : port public, puis port du système. Aucune redirection est aussi une réponse.',
    none: 'Aucune redirection enregistrée.',
    add: 'Ajouter une redirection relevée sur le routeur',
    remove: ({ rule }) => `Supprimer ${rule}`,
    done: 'Terminé : passer aux points de l’accès à distance',
    publicPort: 'Quel port public le routeur redirige-t-il ? (1 à 65535)',
    oxoPort: 'Vers quel port du système ? (50443 est celui d’Internet)',
    trunk: 'Cette redirection est-elle l’IP trunk public déclaré ?',
    trunkYes: 'Oui : c’est l’IP trunk public',
    trunkNo: 'Non',
    notWanted: ({ count }) =>
      count === 1
        ? 'Le client ne veut pas d’accès à distance, mais le routeur redirige un port vers le système : supprimez cette redirection.'
        : `Le client ne veut pas d’accès à distance, mais le routeur redirige ${count} ports vers le système : supprimez ces redirections.`,
  },
  item: {
    heading: ({ chapter, title }) => `${chapter}  ${title}`,
    recommendation: 'Recommandation',
    risk: 'Pourquoi',
    where: 'Où',
    system: 'Ce système',
    clauses: ' ; ',
    answer: 'Réponse',
    preset: 'Prérempli',
    question: 'Qu’avez-vous constaté ?',
    keep: ({ status }) => `Garder : ${status}`,
    value: {
      'hex-byte': 'Saisir la valeur relevée dans OMC',
      'hex-port': 'Saisir la valeur relevée dans OMC',
      port: 'Saisir le port relevé',
      users: 'Saisir les usagers qui l’ont',
    },
    password: 'Vérifier un mot de passe hors ligne (masqué, jamais conservé)',
    choice: {
      compliant: 'Conforme',
      'not-compliant': 'Non conforme : dire ce qui a été constaté',
      'not-applicable': 'Non applicable : dire pourquoi',
      'not-checked': 'Non vérifié : dire pourquoi',
      'risk-accepted': 'Risque accepté par le client : qui, pourquoi, jusqu’à quand',
    },
    proposed: ({ choice }) => `${choice} (proposé)`,
    status: {
      compliant: 'conforme',
      'not-compliant': 'non conforme',
      'not-applicable': 'non applicable',
      'not-checked': 'non vérifié',
      'risk-accepted': 'risque accepté',
    },
    unanswered: 'sans réponse',
    standing: ({ status, detail }) => (detail ? `${status}. ${detail}` : `${status}.`),
    acceptance: ({ by, until }) => `Accepté par ${by} jusqu’au ${until}.`,
  },
  field: {
    finding: 'Qu’avez-vous constaté ?',
    reason: {
      'not-applicable': 'Pourquoi ce point ne s’applique-t-il pas ici ?',
      'not-checked': 'Pourquoi n’a-t-il pas été vérifié ?',
      'risk-accepted': 'Pourquoi le client accepte-t-il le risque ?',
    },
    by: 'Qui accepte le risque pour le client (nom et fonction) ?',
    until: 'Jusqu’à quel jour l’acceptation vaut-elle ? (AAAA-MM-JJ)',
    error: {
      required: 'Une réponse est nécessaire ici : tapez quelques mots.',
      date: ({ value }) =>
        `« ${value} » n’est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2026-03-14.`,
      past: ({ value, today }) =>
        `Le ${value} est déjà passé : l’acceptation doit valoir jusqu’à aujourd’hui (${today}) ou plus tard.`,
    },
  },
  value: {
    empty:
      'Tapez la valeur relevée sur le système, ou appuyez sur Échap pour répondre sans elle.',
    prompt: {
      'hex-byte': ({ label }) =>
        `Quelle valeur a ${label} ? (deux chiffres hexadécimaux, de 00 à FF)`,
      'hex-port':
        'Quelle valeur a ExtHttpsPo ? (deux octets hexadécimaux, par exemple 82 A3)',
      'port-system':
        'Vers quel port du système le routeur redirige-t-il le trafic d’Internet ?',
      'port-public':
        'Sur quel port public les applications distantes se connectent-elles ?',
      users:
        'Quels usagers l’ont ? (noms séparés par des virgules ; laissez vide si personne)',
    },
    error: {
      'hex-byte': ({ input }) =>
        `« ${input} » n’est pas un octet : tapez deux chiffres hexadécimaux, de 00 à FF.`,
      'hex-port': ({ input }) =>
        `« ${input} » n’est pas une valeur d’ExtHttpsPo : tapez deux octets hexadécimaux, par exemple 82 A3 pour le port 33443.`,
      port: ({ input }) =>
        `« ${input} » n’est pas un port : tapez un nombre entier de 1 à 65535.`,
    },
    hexByteOk: ({ found }) => `${found} est la valeur recommandée.`,
    hexByteOff: ({ found, recommended }) =>
      `${found} n’est pas la valeur recommandée, ${recommended}.`,
    hexByteFinding: ({ label, found, recommended }) =>
      `${label} vaut ${found} ; la note recommande ${recommended}.`,
    hexPort: ({ found, port }) => `ExtHttpsPo ${found} correspond au port ${port}.`,
    hexPortOk: 'C’est bien le port public redirigé vers 50443.',
    hexPortOff: ({ ports, expected }) =>
      `Le routeur redirige le port public ${ports} vers 50443 : ExtHttpsPo devrait valoir ${expected}.`,
    hexPortFinding: ({ found, port, ports }) =>
      `ExtHttpsPo vaut ${found} (port ${port}), alors que le port public redirigé vers 50443 est ${ports}.`,
    noForwarding:
      'Aucune redirection vers 50443 n’est enregistrée, il n’y a donc rien à comparer : les redirections se saisissent au début de la section de l’accès à distance.',
    systemPortOk: 'C’est le port que le système réserve à Internet.',
    systemPortLan: ({ port }) =>
      `${port} est un port LAN du système : le trafic d’Internet ne doit jamais être redirigé vers 443 ou 10443.`,
    systemPortOff: ({ port }) =>
      `Le trafic d’Internet ne peut atteindre le système que sur le port 50443, pas sur ${port} (sauf IP trunk public déclaré).`,
    systemPortFinding: ({ port }) =>
      `Le routeur redirige le trafic d’Internet vers le port ${port} du système au lieu de 50443.`,
    publicPortOk: 'C’est bien le port public redirigé vers 50443.',
    publicPortOff: ({ port, ports }) =>
      `Le routeur redirige le port public ${ports} vers 50443, et non ${port}.`,
    publicPortFinding: ({ port, ports }) =>
      `Les applications utilisent le port public ${port}, mais le routeur redirige ${ports} vers 50443.`,
    users: ({ users, count }) =>
      count === 1 ? `Un usager : ${users}.` : `${count} usagers : ${users}.`,
    nobody: 'Personne ne l’a.',
  },
  password: {
    prompt: ({ kind }) =>
      `${kind} : tapez-le pour le vérifier (masqué, jamais conservé, Entrée pour vérifier)`,
    finding:
      'Un mot de passe vérifié hors ligne ne respecte pas les règles du système (chapitre 2).',
    empty:
      'Tapez le mot de passe pour le vérifier, ou appuyez sur Échap pour répondre sans vérification.',
  },
  help: {
    heading: ({ title }) => `Aide : ${title}`,
    general: 'Aide',
    conflict: 'Là où la note se contredit',
    keys: [
      'Haut et Bas choisissent dans une liste, Entrée valide, Échap revient d’un pas en arrière, y compris dans un champ de texte.',
      '? ouvre l’aide du point affiché ; L passe du français à l’anglais sur tout écran qui n’est pas un champ de texte.',
      'Chaque réponse est enregistrée dès qu’elle est donnée. Ctrl+C enregistre et quitte : au prochain démarrage, l’assistant propose de reprendre au même point.',
    ].join('\n'),
  },
  review: {
    heading: 'Relecture',
    score: ({ compliant, counted, percent }) => `score ${compliant}/${counted}${percent}`,
    percent: ({ value }) => ` (${value} %)`,
    noScore: 'rien de compté',
    section: ({ title, score }) => `${title} : ${score}`,
    counted: ({ compliant, notCompliant, riskAccepted, notChecked }) =>
      `comptés : ${compliant} ${compliant > 1 ? 'conformes' : 'conforme'}, ${notCompliant} ${notCompliant > 1 ? 'non conformes' : 'non conforme'}, ${riskAccepted} ${riskAccepted > 1 ? 'risques acceptés' : 'risque accepté'}, ${notChecked} ${notChecked > 1 ? 'non vérifiés' : 'non vérifié'}`,
    leftOut: ({ release, installer }) =>
      `écartés (non applicables) : ${release} d’après la release, ${installer} par l’installateur`,
    signOff: 'Passer à la signature',
    hint: 'Placez-vous sur un point pour voir le score de sa section ; Entrée l’ouvre pour changer la réponse.',
    missing: ({ count }) =>
      count === 1
        ? 'Un point est encore sans réponse : Entrée l’ouvre (« non vérifié » est aussi une réponse).'
        : `${count} points sont encore sans réponse : Entrée ouvre le premier (« non vérifié » est aussi une réponse).`,
  },
  signOff: {
    heading: 'Signature',
    signerName: 'Qui signe pour le client ? (nom)',
    signerRole: 'Quelle est sa fonction ?',
    acknowledgeHeading: ({ name }) => `${name}, pour le client, reconnaît que :`,
    acknowledge: [
      'l’installateur a présenté les fonctions de sécurité du système, et ce à quoi le système est exposé si les recommandations du constructeur ne sont pas suivies rigoureusement et constamment (chapitre 1) ;',
      'le client définit et applique une politique de mots de passe stricte et constante, au moins aussi stricte que celle de la note : c’est la clé pour protéger le système d’une utilisation non autorisée (chapitre 2.1) ;',
      'toute personne qui accède à l’assistant personnel ou à la substitution distante (DISA Transit) avec un mot de passe correct est implicitement un utilisateur autorisé de ce mot de passe (chapitre 2.1).',
    ],
    risksHeading: 'Le client accepte ces risques :',
    risk: ({ chapter, title, by, until, reason }) =>
      `${chapter} ${title} : accepté par ${by} jusqu’au ${until}. ${reason}`,
    noRisk: 'Le client n’accepte formellement aucun risque.',
    notFollowedHeading: 'Ces recommandations ne sont pas suivies sur ce système :',
    notFollowed: ({ chapter, title, reason }) =>
      reason ? `${chapter} ${title} : ${reason}` : `${chapter} ${title}`,
    customerConfirms: ({ name }) => `Entrée : ${name} confirme, pour le client`,
    installerStatement: ({ name }) =>
      `${name}, installateur, confirme que les réponses décrivent le système tel qu’il a été trouvé et laissé lors de cette visite, et que le client a été informé de ce que dit la reconnaissance.`,
    fingerprint: ({ fingerprint }) =>
      `Le rapport sera signé avec votre clé : ${fingerprint}`,
    installerConfirms: ({ name }) => `Entrée : ${name} confirme et signe`,
  },
  finished: {
    heading: 'La visite est terminée',
    writing: 'Signature et écriture du rapport',
    wrote: ({ path }) => `Écrit : ${path}`,
    fingerprint: ({ fingerprint }) =>
      `Signé avec la clé de l’installateur ${fingerprint}`,
    digest: ({ digest }) => `Empreinte de l’enregistrement ${digest}`,
    newKey: ({ path }) =>
      `Une clé de signature a été créée pour vous dans ${path} ; conservez-la, elle signe tous les rapports suivants.`,
    failed: ({ detail, id, dir }) =>
      `Le rapport n’a pas pu être écrit : ${detail}. La visite est enregistrée et terminée ; une fois la cause corrigée, écrivez le rapport avec : oxo-harden report --session ${id} --out ${dir}`,
    session: ({ id }) => `Session ${id}`,
    leave: 'Entrée : quitter',
  },
};
