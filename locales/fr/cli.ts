import type { Messages } from '../en/index.js';

export const cli: Messages['cli'] = {
  usage: [
    'oxo-harden : sécuriser un système OmniPCX Office RCE selon la note TC1143 éd. 11.',
    '',
    'Utilisation :',
    '  oxo-harden                      démarrer ou reprendre l’assistant (terminal requis)',
    '  oxo-harden plan --release <r>   la liste de contrôle d’une release',
    '  oxo-harden check-password --kind user|management|operator',
    '  oxo-harden ports --public <port>',
    '  oxo-harden report --out <dossier>   produire le rapport d’une session ou d’un fichier de réponses',
    '  oxo-harden verify <fichier>     vérifier un rapport signé',
    '  oxo-harden review <rapport>     lancer la revue périodique d’un site',
    '',
    'Chaque commande accepte --lang fr|en, --no-color et --help.',
  ].join('\n'),
  unknownCommand: ({ command }) =>
    `Commande « ${command} » inconnue. Lancez « oxo-harden --help » pour voir les commandes.`,
  badOption: ({ command, detail }) =>
    `${detail}. Lancez « oxo-harden ${command} --help » pour voir ses options.`,
  badLang: ({ value }) =>
    `Langue « ${value} » inconnue : utilisez --lang fr ou --lang en.`,
  notInteractive:
    'L’assistant a besoin d’un terminal interactif. Sans terminal, utilisez : oxo-harden plan, check-password, ports, report, verify ou review --answers.',
  unknownOption: ({ option }) => `Option ${option} inconnue`,
  missingValue: ({ option }) => `L’option ${option} demande une valeur`,
  unexpectedArgument: ({ value }) => `Argument « ${value} » inattendu`,
  interrupted: 'Interrompu. Tout ce qui a été répondu est enregistré.',
  internalError: ({ message }) =>
    `Erreur inattendue : ${message}. C’est un défaut d’oxo-harden ; relancez avec OXO_HARDEN_DEBUG=1 pour voir le détail, et signalez-le.`,
};
