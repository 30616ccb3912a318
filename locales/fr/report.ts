import type { Messages } from '../en/index.js';

export const report: Messages['report'] = {
  usage: [
    'oxo-harden report : signer une visite et écrire son rapport de remise.',
    '',
    'Usage :',
    '  oxo-harden report --answers <fichier> --out <dossier> [--lang fr|en|both] [--format json,html,md,pdf]',
    '  oxo-harden report --session <id> --out <dossier> [--lang fr|en|both] [--format json,html,md,pdf]',
    '',
    '  --answers <fichier>  un fichier de réponses (voir examples/answers.sample.json)',
    '  --session <id>       une session terminée de l’assistant',
    '  --out <dossier>      où écrire les fichiers ; créé au besoin',
    '  --lang               la langue du rapport : fr, en, ou both (l’une après l’autre)',
    '  --format             les fichiers à écrire ; les quatre par défaut',
    '',
    'Les fichiers portent le nom du site et la date de la visite. L’enregistrement est signé',
    'avec votre clé (créée à la première utilisation) ; son empreinte et son condensé sont affichés.',
  ].join('\n'),
  title: 'Rapport de sécurité à la remise',
  subtitle:
    'Sécurité de l’OmniPCX Office RCE, selon la note TC1143 éd. 11 du constructeur',
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  date: ({ day, month, year }) => `${day === '1' ? '1er' : day} ${month} ${year}`,
  dateTime: ({ date, time }) => `${date} à ${time.replace(':', ' h ')}`,
  zone: ({ zone }) => `fuseau ${zone}`,
  label: {
    customer: 'Client',
    site: 'Site',
    address: 'Adresse',
    installer: 'Installateur',
    visitDate: 'Date de la visite',
    release: 'Release',
    remoteAccess: 'Accès à distance depuis Internet',
    forwarding: 'Redirections de port du périphérique d’accès Internet',
    catalogue: 'Liste de contrôle',
    createdAt: 'Rapport établi',
    value: 'Valeur relevée',
    reason: 'Motif',
    chapter: 'chapitre',
    digest: 'Condensé de l’enregistrement',
    fingerprint: 'Empreinte de la clé du signataire',
    previous: 'Rapport précédent',
  },
  labelled: ({ label, text }) => `${label} : ${text}`,
  itemsHeading: 'Les réponses, section par section',
  yes: 'oui',
  no: 'non',
  none: 'aucune',
  noPrevious: 'aucun : premier rapport de ce site',
  status: {
    compliant: 'Conforme',
    'not-compliant': 'Non conforme',
    'risk-accepted': 'Risque accepté',
    'not-checked': 'Non vérifié',
    'not-applicable': 'Sans objet',
  },
  reasonCode: {
    unavailable: 'Ce paramètre n’existe pas dans cette release.',
    'not-applicable':
      'La fonction que règle ce paramètre n’existe pas dans cette release.',
    'no-remote-access': 'Le client ne veut pas d’accès à distance depuis Internet.',
    'no-answer': 'Aucune réponse n’a été enregistrée pendant la visite.',
  },
  availability: {
    upgrade: ({ since }) => `Nécessite la version ${since} ou ultérieure.`,
    'check-version': ({ since }) =>
      `Existe à partir de la version ${since} : la version n’a pas été précisée.`,
    unavailable: ({ since }) => `Absent de cette release ; apparaît en ${since}.`,
  },
  wordingChanged:
    'La formulation de cette recommandation a changé depuis la signature du rapport ; l’enregistrement signé contient l’empreinte des termes signés.',
  withRecommended: ({ value, recommended }) => `${value} (recommandé : ${recommended})`,
  hexPort: ({ hex, port }) => `${hex} (port ${port})`,
  passwordCheck: {
    compliant: ({ at }) =>
      `Mot de passe vérifié hors ligne le ${at} : il respecte les règles. Le mot de passe lui-même n’est pas conservé.`,
    notCompliant: ({ at }) =>
      `Mot de passe vérifié hors ligne le ${at} : il ne respecte pas les règles. Le mot de passe lui-même n’est pas conservé.`,
  },
  forwardingRule: ({ publicPort, oxoPort }) =>
    `port public ${publicPort} vers le port ${oxoPort} de l’OXO`,
  trunk: 'déclaré comme IP trunk public',
  summary: {
    scoreHeading: 'Score par section',
    section: 'Section',
    compliant: 'Conformes',
    notCompliant: 'Non conformes',
    riskAccepted: 'Risques acceptés',
    notChecked: 'Non vérifiés',
    counted: 'Comptés',
    leftOut: 'Sans objet (R + I)',
    score: 'Score',
    total: 'Toutes sections',
    explain:
      'Score = points conformes sur points comptés. Les points non vérifiés sont comptés, car leur conformité n’a pas été constatée ; les points sans objet sont écartés, par le modèle de la release (R) ou par l’installateur avec un motif (I).',
    leftOutDetail: ({ release, installer }) => `${release} + ${installer}`,
    ratio: ({ compliant, counted }) => `${compliant} / ${counted}`,
    percent: ({ value }) => `${value} %`,
    noRatio: 'rien de compté',
  },
  releaseHeading: 'Release et conseil de mise à jour',
  upgradeAdvice: ({ version, count }) =>
    `Mettre à jour en version ${version} ou ultérieure : ${count} des recommandations ci-dessous en ont besoin.`,
  versionUnknown: ({ count }) =>
    `La version n’a pas été précisée : ${count} des recommandations ci-dessous en dépendent. Relevez-la dans OMC et vérifiez-les.`,
  latestVersion:
    'La note recommande fortement de mettre à jour les systèmes dans la dernière version de chaque release.',
  risksHeading: 'Risques acceptés',
  risk: ({ by, until }) => `Accepté par ${by}, jusqu’à la fin du ${until}.`,
  noRisks: 'Aucun risque n’a été accepté.',
  nextReview: ({ date }) => `Prochaine revue périodique : ${date}.`,
  signOffHeading: 'Validation',
  customerConfirmed: ({ name, role, at, risksAccepted }) =>
    `${name} (${role}), pour le client, a confirmé le ${at} que les fonctions de sécurité et les risques qui subsistent lui ont été expliqués${risksAccepted ? ', et accepte les risques listés ci-dessus' : ''}.`,
  installerConfirmed: ({ name, company, at }) =>
    `${company ? `${name} (${company})` : name}, installateur, a confirmé le ${at} que les contrôles consignés dans ce rapport ont été effectués.`,
  notSignedOff: 'Non validé : ni le client ni l’installateur n’a confirmé ce rapport.',
  handSigned: 'Signatures sur l’exemplaire imprimé',
  handCustomer: 'Pour le client (nom, date, signature)',
  handInstaller: 'Pour l’installateur (nom, date, signature)',
  checkHeading: 'Vérifier ce rapport',
  checkText:
    'Le fichier qui accompagne ce rapport est signé. Vérifiez-le avec « oxo-harden verify <fichier> », ou avec openssl seul comme l’explique le README d’oxo-harden. Le condensé et l’empreinte ci-dessous, repris dans le code QR, relient cet exemplaire à ce fichier.',
  qrTitle: 'Condensé de l’enregistrement et empreinte du signataire',
  page: ({ page, pages }) => `Page ${page} sur ${pages}`,
  wrote: ({ path }) => `Écrit : ${path}`,
  digestLine: ({ digest }) => `Condensé : ${digest}`,
  fingerprintLine: ({ fingerprint }) => `Empreinte : ${fingerprint}`,
  newKey: ({ path }) =>
    `Une clé de signature a été créée pour vous dans ${path}. Conservez-la : tous les rapports suivants sont signés avec elle, et vos clients vous reconnaissent à son empreinte.`,
  needSource:
    'Rien à produire : donnez --answers <fichier> (un fichier de réponses) ou --session <id> (une session de l’assistant)',
  bothSources: 'Donnez soit --answers, soit --session, pas les deux',
  needOut: 'Indiquez où écrire le rapport avec --out <dossier>',
  badLang: ({ value }) =>
    `Langue de rapport inconnue « ${value} » : utilisez --lang fr, en ou both`,
  badFormat: ({ value, formats }) =>
    `Format inconnu « ${value} » : donnez une liste séparée par des virgules parmi ${formats}`,
  noSession: ({ id }) =>
    `Il n’y a pas de session « ${id} » dans le stockage de l’outil. Lancez l’assistant (oxo-harden) pour voir les sessions en cours.`,
  unfinishedSession: ({ id }) =>
    `La session « ${id} » n’est pas terminée : reprenez-la dans l’assistant et faites-la valider, puis produisez le rapport.`,
  answersMissing: ({ path }) =>
    `Le fichier de réponses ${path} n’existe pas. Vérifiez le chemin.`,
  answersUnreadable: ({ path, detail }) =>
    `Le fichier de réponses ${path} est illisible (${detail}).`,
  answersInvalid: ({ path, count }) =>
    `Le fichier de réponses ${path} comporte ${count} problème(s) ; corrigez-les et relancez la commande :`,
  outUnwritable: ({ path, detail }) =>
    `Impossible d’écrire le rapport dans ${path} (${detail}). Choisissez un autre dossier avec --out ; rien n’y a été écrit.`,
  keyUnreadable: ({ path, detail }) =>
    `La clé de signature ${path} est illisible (${detail}). Restaurez-la depuis votre sauvegarde ; si elle est perdue, déplacez le fichier : une nouvelle clé sera créée, avec une nouvelle empreinte à communiquer à vos clients.`,
  keyUnwritable: ({ path, detail }) =>
    `Impossible d’enregistrer la clé de signature dans ${path} (${detail}). Vérifiez que le dossier est accessible en écriture, ou faites pointer OXO_HARDEN_HOME vers un dossier qui l’est.`,
  badRelease: ({ release }) =>
    `La release de la visite « ${release} » est illisible : le rapport ne peut pas être produit. Corrigez la release et recommencez.`,
};
