import type { Messages } from '../en/index.js';

export const verify: Messages['verify'] = {
  usage: [
    'oxo-harden verify : vérifier qu’un rapport est bien celui qui a été signé.',
    '',
    'Usage :',
    '  oxo-harden verify <fichier> [--signer <empreinte>]',
    '',
    '  <fichier>              le rapport : son fichier .json, .html, .md ou .pdf',
    '  --signer <empreinte>   exiger aussi ce signataire, par exemple l’empreinte',
    '                         inscrite sur la carte de visite de l’installateur',
    '',
    'Codes de sortie : 0 intact, 1 modifié ou non signé par cette clé, 2 pas un rapport.',
  ].join('\n'),
  needFile: 'Indiquez le rapport à vérifier : oxo-harden verify <fichier>',
  missing: ({ path }) => `Le fichier ${path} n’existe pas. Vérifiez le chemin et le nom.`,
  unreadable: ({ path, detail }) => `Le fichier ${path} est illisible (${detail}).`,
  notAReport: ({ path }) =>
    `${path} n’est pas un rapport oxo-harden : il ne contient aucun rapport signé. Donnez le fichier .json, .html, .md ou .pdf écrit par oxo-harden report.`,
  carrier: {
    json: 'JSON signé',
    html: 'page HTML',
    markdown: 'fichier Markdown',
    pdf: 'PDF',
  },
  intact: ({ path, carrier }) =>
    `${path} (${carrier}) est intact : la signature correspond et rien n’a été modifié.`,
  failed: ({ path, count }) =>
    `${path} n’est pas digne de confiance : ${count} contrôle(s) en échec.`,
  field: ({ label, value }) => `${label} : ${value}`,
  label: {
    site: 'Site',
    date: 'Visite',
    installer: 'Installateur',
    signer: 'Signé avec la clé',
    customer: 'Client',
    digest: 'Condensé',
  },
  signedBy: ({ name, role }) => `validé par ${name} (${role})`,
  notSignedOff: 'non validé',
  compareFingerprint:
    'Comparez l’empreinte de la clé avec celle que l’installateur vous a donnée (ou utilisez --signer) : n’importe qui peut signer un rapport avec sa propre clé.',
  notCompared: ({ version }) =>
    `Cette page a été produite par oxo-harden ${version}, pas par cette version : son texte visible n’a donc pas été comparé à l’enregistrement signé, qui est lui intact.`,
  problem: {
    unparsable: ({ detail }) =>
      `Le rapport signé n’est plus du JSON valide (${detail}) : le fichier a été modifié.`,
    malformed: ({ field }) =>
      `Le champ « ${field} » du rapport signé est absent ou de mauvaise nature.`,
    'signed-encoding':
      'Le contenu signé (« signed ») n’est pas du base64 valide : il a été modifié.',
    'not-a-record': 'Le contenu signé n’est pas un enregistrement oxo-harden.',
    digest:
      'Le condensé ne correspond pas au contenu signé : le contenu ou le condensé a été modifié.',
    'public-key': 'La clé publique n’est pas une clé Ed25519 : elle a été modifiée.',
    fingerprint:
      'L’empreinte ne correspond pas à la clé publique : la clé ou l’empreinte a été modifiée.',
    signature:
      'La signature ne correspond pas au contenu signé et à la clé publique : le contenu, la signature ou la clé a été modifié.',
    'record-changed': ({ paths }) =>
      `L’enregistrement lisible diffère de l’enregistrement signé en : ${paths}.`,
    'record-layout':
      'L’enregistrement lisible contient les valeurs signées, mais ses champs ont été déplacés : le fichier a été retouché à la main après la signature.',
    'visible-text':
      'L’enregistrement signé est intact, mais le texte de ce fichier n’est pas celui qu’il produit : le rapport visible a été modifié après la signature. Fiez-vous à l’enregistrement signé, pas à ce texte.',
    signer: ({ expected }) => `Le rapport n’a pas été signé avec la clé ${expected}.`,
  },
};
