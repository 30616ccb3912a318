import type { Messages } from '../en/index.js';

export const review: Messages['review'] = {
  usage: [
    'oxo-harden review : la revue périodique d’un site, à partir de son dernier rapport signé.',
    '',
    'Usage :',
    '  oxo-harden review <rapport précédent>',
    '  oxo-harden review <rapport précédent> --answers <fichier> --out <dossier>',
    '        [--release <r>] [--next-review AAAA-MM-JJ | --review-months N]',
    '        [--lang fr|en|both] [--format json,html,md,pdf] [--json]',
    '',
    'Dans un terminal et sans --answers, la revue se fait dans l’assistant, qui demande',
    'pour chaque réponse reprise « toujours vrai ? » et range le rapport avec les autres.',
    '',
    '  <rapport précédent>  le dernier rapport du site (.json, .html, .md ou .pdf) ; il est d’abord vérifié',
    '  --answers <fichier>  les nouvelles réponses ; le fichier peut ne contenir que ce qui a changé, {} suffit',
    '  --out <dossier>      où écrire le nouveau rapport ; créé au besoin',
    '  --release <r>        la release relevée aujourd’hui sur le système ; la précédente par défaut',
    '  --next-review        la date de la prochaine revue ; douze mois après celle-ci par défaut',
    '  --review-months N    la prochaine revue N mois après celle-ci, au lieu de cette date',
    '  --lang, --format     comme pour oxo-harden report',
    '  --json               afficher un objet JSON au lieu du résumé',
    '',
    'Ce que le fichier de réponses omet (site, personnes, date, release, accès à distance,',
    'redirections) est repris du rapport précédent ; la date est celle du jour de la revue.',
    'Une réponse antérieure n’est reprise que si les termes de la recommandation et sa',
    'disponibilité sur la release n’ont pas changé, et si tout risque accepté l’est encore ;',
    'tout autre point sans réponse dans le fichier est enregistré comme non vérifié, avec le motif.',
  ].join('\n'),
  needPrevious:
    'Indiquez le rapport à revoir : oxo-harden review <rapport précédent> --answers <fichier> --out <dossier>',
  needAnswers:
    'Donnez les nouvelles réponses de la revue avec --answers <fichier>. Le fichier peut ne contenir que ce qui a changé : un fichier contenant {} reprend toutes les réponses qui peuvent l’être. Dans un terminal, omettez --answers pour répondre à la revue dans l’assistant.',
  fileOnly: ({ flags, dir }) =>
    `${flags} ne vont qu’avec --answers. Sans lui, la revue se fait dans l’assistant, qui écrit son rapport dans ${dir}.`,
  needOut: 'Indiquez où écrire le rapport de la revue avec --out <dossier>',
  previousMissing: ({ path }) =>
    `Le rapport précédent ${path} n’existe pas. Vérifiez le chemin et le nom.`,
  previousUnreadable: ({ path, detail }) =>
    `Le rapport précédent ${path} est illisible (${detail}).`,
  notAReport: ({ path }) =>
    `${path} n’est pas un rapport oxo-harden : il ne contient aucun rapport signé. Donnez le fichier .json, .html, .md ou .pdf du dernier rapport du site.`,
  tampered: ({ path, count }) =>
    `${path} n’est pas digne de confiance et ne peut donc pas être revu : ${count} contrôle(s) en échec.`,
  tamperedAdvice:
    'Faites la revue à partir d’une copie intacte du rapport (celle du client ou la vôtre), ou commencez une nouvelle visite dans l’assistant.',
  newerRecord: ({ path, version }) =>
    `${path} a été établi par oxo-harden ${version}, dont cette version ne sait pas lire les enregistrements. Mettez oxo-harden à jour et relancez la revue.`,
  releaseConflict: ({ flag, file }) =>
    `--release indique ${flag} mais le fichier de réponses indique ${file}. Donnez la release une seule fois, à l’un ou l’autre endroit.`,
  nextReviewBoth: 'Donnez --next-review ou --review-months, pas les deux',
  badNextReview: ({ value }) =>
    `« ${value} » n’est pas une date : donnez --next-review sous la forme AAAA-MM-JJ, par exemple 2026-03-14`,
  badReviewMonths: ({ value }) =>
    `« ${value} » n’est pas un nombre de mois : donnez à --review-months un nombre entier de 1 à 60`,
  nextReviewConflict: ({ flag, file }) =>
    `La ligne de commande fixe la prochaine revue au ${flag} mais le fichier de réponses indique le ${file}. Donnez-la une seule fois.`,
  nextReviewTooEarly: ({ date, visitDate }) =>
    `La prochaine revue (${date}) doit venir après celle-ci (${visitDate}). Donnez une date plus tardive.`,
  digestConflict: ({ file, previous }) =>
    `Le fichier de réponses désigne le rapport précédent ${file}, mais le rapport donné est ${previous}. Retirez previousDigest du fichier, ou faites la revue du rapport qu’il désigne.`,
  follows: ({ digest, date }) => `Fait suite à : ${digest} (rapport du ${date})`,
  nextReview: ({ date }) => `Prochaine revue : ${date}`,
  summaryHeading: 'Depuis le rapport précédent :',
  list: ({ label, count, items }) => `${label} (${count}) : ${items}`,
  carried: 'Réponses reprises',
  open: 'Sans nouvelle réponse, enregistrés comme non vérifiés',
  fixed: 'Corrigés',
  newlyNotCompliant: 'Devenus non conformes',
  availabilityChanged: 'Disponibilité changée',
  added: 'Nouveaux dans la liste de contrôle',
  changed: 'Reformulés',
  removed: 'Retirés de la liste de contrôle',
  count: ({ label, count }) => `${label} : ${count}`,
  releaseChanged: ({ change }) => `Release : ${change}`,
  expired: ({ id, by, until, zone, now }) =>
    `Le risque accepté par ${by} pour ${id} a pris fin à la fin du ${until} (${zone}) ; le point est désormais : ${now}.`,
  endingSoon: ({ id, by, until, left }) =>
    `Le risque accepté par ${by} pour ${id} prend fin à la fin du ${until} : ${left}.`,
  daysLeft: ({ days }) =>
    days === '0'
      ? 'c’est aujourd’hui son dernier jour'
      : days === '1'
        ? 'il reste 1 jour'
        : `il reste ${days} jours`,
  nothingChanged: 'Rien n’a changé depuis le rapport précédent.',
  why: {
    'new-item': 'nouveau dans la liste de contrôle',
    'text-changed': 'recommandation reformulée',
    'availability-changed': 'disponibilité changée avec la release',
    'acceptance-expired': 'acceptation du risque échue',
  },
  heading: 'Depuis le rapport précédent',
  intro: ({ date, digest }) =>
    `Ce rapport est une revue périodique. Il fait suite au rapport du ${date}, dont l’enregistrement a pour condensé ${digest}. Les réponses reprises de ce rapport sont signalées comme telles.`,
  unchanged: 'Rien n’a changé depuis le rapport précédent.',
  group: {
    fixed: 'Corrigés depuis le rapport précédent',
    newlyNotCompliant: 'Devenus non conformes',
    expired: 'Acceptations de risque échues',
    endingSoon: 'Acceptations de risque qui prennent fin dans les 30 jours',
    release: 'Release',
    availability: 'Points dont la disponibilité a changé',
    open: 'Sans nouvelle réponse : enregistrés comme non vérifiés',
    added: 'Nouveaux dans la liste de contrôle',
    changed: 'Recommandations reformulées depuis le rapport précédent',
    removed: 'Retirés de la liste de contrôle',
  },
  statusChange: ({ title, was, now }) => `${title} : ${was} → ${now}`,
  newItem: 'nouveau point',
  expiredLine: ({ title, by, until, now }) =>
    `${title} : accepté par ${by} jusqu’à la fin du ${until} ; désormais : ${now}.`,
  endingSoonLine: ({ title, by, until, left }) =>
    `${title} : accepté par ${by} jusqu’à la fin du ${until} ; ${left}.`,
  releaseLine: ({ from, to }) => `De ${from} à ${to}.`,
  availabilityLine: ({ title, from, to }) => `${title} : ${from} → ${to}`,
  openLine: ({ title, why }) => `${title} : ${why}`,
  removedLine: ({ id, chapter }) => `${id} (chapitre ${chapter})`,
  reason: {
    'new-item':
      'Nouveau dans la liste de contrôle depuis le rapport précédent, et sans réponse à cette revue.',
    'text-changed':
      'La recommandation a été reformulée depuis le rapport précédent : la réponse antérieure n’a pas été reprise, et aucune nouvelle réponse n’a été donnée.',
    'availability-changed':
      'Ce point n’a pas la même portée sur cette release que sur la précédente : la réponse antérieure n’a pas été reprise, et aucune nouvelle réponse n’a été donnée.',
    other:
      'La réponse antérieure n’a pas pu être reprise, et aucune nouvelle réponse n’a été donnée.',
  },
  acceptanceEnded: ({ by, until }) =>
    `Le risque accepté par ${by} a pris fin à la fin du ${until} : le point reste non vérifié tant qu’il n’a pas reçu de nouvelle réponse.`,
  carriedNote: ({ date }) =>
    `Réponse reprise du rapport précédent, où elle avait été donnée le ${date}.`,
  wizard: {
    progress: 'Revue périodique',
    startOption: 'Revoir un site à partir de son dernier rapport',
    pick: {
      heading: 'Revoir un site à partir de son dernier rapport',
      intro:
        'Choisissez un rapport écrit par l’assistant, ou donnez le chemin du dernier rapport du site. Il est vérifié avant toute chose.',
      typePath: 'Donner le chemin d’un autre rapport',
      question:
        'Où se trouve le dernier rapport du site ? (son fichier .json, .html, .md ou .pdf)',
      checking: 'Vérification du rapport',
    },
    intro: {
      heading: 'Revue périodique',
      follows: ({ site, date, release }) =>
        `${site} : la revue qui fait suite au rapport du ${date}, établi en ${release}.`,
      digest: 'L’empreinte de son enregistrement, que le nouveau rapport cite :',
      expired: ({ title, by, until }) =>
        `${title} : le risque accepté par ${by} a pris fin à la fin du ${until}. Cette réponse n’est pas reprise, et jamais comme conforme : le point est demandé à nouveau.`,
      endingSoon: ({ title, by, until, left }) =>
        `${title} : le risque accepté par ${by} prend fin à la fin du ${until} (${left}).`,
      carried: ({ count }) =>
        count === 1
          ? 'Une réponse est reprise : l’assistant demande si elle est toujours vraie, et Entrée la conserve.'
          : `${count} réponses sont reprises : pour chacune, l’assistant demande si elle est toujours vraie, et Entrée la conserve.`,
      flagged: ({ count }) =>
        count === 0
          ? 'Sur la même release, aucun point ne demande de réponse complète.'
          : count === 1
            ? 'Un point demande une réponse complète : nouveau dans la liste de contrôle, reformulé, changé avec la release, ou son acceptation de risque a pris fin.'
            : `${count} points demandent une réponse complète : nouveaux dans la liste de contrôle, reformulés, changés avec la release, ou leur acceptation de risque a pris fin.`,
      release:
        'La release est demandée à nouveau : après une mise à niveau, les points qu’elle change sont aussi demandés en entier.',
      begin: 'Entrée : commencer la revue',
    },
    stillTrue: 'La réponse de la dernière fois est-elle toujours vraie ?',
    keep: ({ status }) => `Toujours vrai : ${status}`,
    lastTime: ({ date }) => `La dernière fois (${date})`,
    flagged: {
      'new-item':
        'Nouveau dans la liste de contrôle depuis le rapport précédent : répondez-y entièrement.',
      'text-changed':
        'La recommandation a été reformulée depuis le rapport précédent : relisez-la et répondez-y entièrement.',
      'availability-changed':
        'Ce point n’a pas la même portée sur cette release que sur la précédente : répondez-y entièrement.',
    },
    expired: ({ by, until }) =>
      `Le risque accepté par ${by} jusqu’au ${until} a pris fin : la réponse de la dernière fois ne vaut plus, répondez à nouveau.`,
    endingSoon: ({ by, until, left }) =>
      `Le risque accepté par ${by} prend fin à la fin du ${until} : ${left}. Demandez au client s’il l’accepte encore.`,
    endingSoonList: ({ count, items }) =>
      count === 1
        ? `Une acceptation de risque prend fin dans les 30 jours : ${items}.`
        : `${count} acceptations de risque prennent fin dans les 30 jours : ${items}.`,
    endingSoonItem: ({ title, left }) => `${title} (${left})`,
    rowEnding: ({ left }) => `risque accepté, ${left}`,
    rowFlagged: ({ status, why }) => `${status} (${why})`,
    releaseChanged: ({ from, count }) =>
      count === 0
        ? `Le rapport précédent a été établi en ${from} ; aucun point ne change avec cette release.`
        : count === 1
          ? `Le rapport précédent a été établi en ${from} : un point change avec cette release et est demandé en entier.`
          : `Le rapport précédent a été établi en ${from} : ${count} points changent avec cette release et sont demandés en entier.`,
    finished: {
      heading: 'La revue est terminée',
      follows: ({ digest, date }) =>
        `Elle fait suite au rapport du ${date}, empreinte de l’enregistrement ${digest}`,
      nextReview: ({ date }) => `Prochaine revue : ${date}`,
    },
  },
};
