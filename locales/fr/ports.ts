import type { Messages } from '../en/index.js';

export const ports: Messages['ports'] = {
  usage: [
    'Utilisation : oxo-harden ports --public <port> [--release <release>] [--json]',
    '              oxo-harden ports --forward PUBLIC:OXO[:trunk] [--forward ...] --release <release> [--json]',
    '',
    'Prépare l’accès à distance depuis Internet selon le chapitre 3 de la note TC1143, ou vérifie les',
    'redirections de port déjà configurées sur le périphérique d’accès à Internet du client.',
    '',
    '  --public <port>      le port public qu’utiliseront les applications : affiche la redirection à créer,',
    '                       la valeur d’ExtHttpsPo et chaque endroit où saisir le port',
    '  --forward P:O        une redirection trouvée sur le routeur, du port public P vers le port O du système ;',
    '                       ajoutez :trunk pour l’IP trunk public déclaré. Répétez-le pour chaque redirection.',
    '  --release <r>        la release du système, par exemple R910/021.001 (obligatoire avec --forward)',
    '  --json               le même contenu, en un seul objet JSON sur la sortie standard',
    '',
    'Code de sortie : 0 si tout respecte la note, 1 si une redirection l’enfreint, 2 en cas de mauvaise utilisation.',
  ].join('\n'),
  publicEnd: ({ port }) => `{IP publique, port ${port}}`,
  oxoEnd: ({ port }) => `{IP de l’OXO, port ${port}}`,
  planHeading: 'Redirection de port à créer sur le périphérique d’accès à Internet :',
  standardPort:
    'Le port public 443 est le port https standard : ExtHttpsPo ne change pas, et chaque application garde son port par défaut.',
  otherPort: ({ port }) =>
    `Le port public ${port} n’est pas le port https standard 443 : il faut le donner à chaque application.`,
  userApps: 'Applications des utilisateurs (3.4.1)',
  managementApps: 'Applications de gestion (3.4.2)',
  place: {
    pimphony: ({ port }) =>
      `PIMphony (associé à un poste physique) : dans son assistant de configuration, port ${port}.`,
    'my-ic-mobile': ({ value }) =>
      `My IC Mobile / OTCV : réglez l’adresse remarquable ExtHttpsPo (OMC : Particularités système) à ${value}, et l’URL publique ou l’adresse IP dans OMC : Matériels et Limites > Configuration LAN > Adresse IP du routeur/Nom de Domaine.`,
    'my-ic-web': ({ port }) =>
      `My IC Web for Office : dans le navigateur, https://<adresse publique>:${port}`,
    omc: ({ port }) =>
      `OMC : dans le champ Nom/Adresse IP du PCX de la fenêtre de connexion, <adresse publique>:${port}`,
    'web-based-tool': ({ port }) =>
      `Web-Based Tool : dans le navigateur, https://<adresse publique>:${port}`,
  },
  reminder: {
    'internet-port-only':
      'Côté système, la destination est toujours le port 50443, celui qu’il réserve à Internet : jamais 443 ni 10443, ses ports du LAN (3.3).',
    'other-port-only-when-443-taken':
      'N’utilisez un autre port public que 443 que si 443 est déjà pris sur cette adresse IP publique par un autre serveur https, un serveur web par exemple (3.4).',
    'if-443-taken':
      'Si un autre serveur https (un serveur web par exemple) utilise déjà le port public 443 de cette adresse, choisissez un autre port public libre et relancez avec lui (3.4).',
    'wan-api-access':
      'Ne redirigez vers 50443 que si des utilisateurs reçoivent l’« accès WAN API », et ne le donnez qu’aux utilisateurs de My IC Mobile, d’OTCV ou de PIMphony à distance (4.8).',
    'pimphony-ip-vpn-only':
      'L’accès à distance de PIMphony IP n’est pris en charge qu’à travers un VPN (3.3).',
  },
  needsVpn: ({ line }) =>
    `La release ${line} est antérieure à R8.2 : le système ne peut pas être joint depuis Internet par une redirection de port. L’accès à distance passe obligatoirement par un VPN, que ni le système ni les applications ne fournissent (3.2).`,
  forwardHeading: ({ release }) =>
    `Redirections de port du périphérique d’accès à Internet, pour ${release} :`,
  trunk: '(IP trunk public déclaré)',
  allowed: 'autorisée : 50443 est le port que le système réserve à Internet.',
  allowedTrunk:
    'autorisée comme IP trunk public déclaré, la seule exception à 50443 (3.3).',
  problem: {
    'needs-vpn':
      'Aucune redirection n’est permise avant R8.2 : l’accès à distance depuis Internet passe par un VPN (3.2). Supprimez cette redirection.',
    'lan-port': ({ port }) =>
      `${port} est un des ports du LAN du système : ne redirigez jamais le trafic d’Internet vers 443 ou 10443 (3.3). Redirigez vers 50443.`,
    'not-internet-port': ({ port }) =>
      `Le trafic d’Internet ne doit arriver sur le système que par le port 50443 ; le port ${port} n’est permis que pour un IP trunk public, déclaré avec :trunk (3.3).`,
  },
  forwardingOk: 'Toutes les redirections respectent la note.',
  forwardingBroken: ({ count }) =>
    count === 1
      ? 'Une redirection enfreint les règles de la note : modifiez-la sur le périphérique d’accès à Internet.'
      : `${count} redirections enfreignent les règles de la note : modifiez-les sur le périphérique d’accès à Internet.`,
  crossCheck: {
    'close-forwarding': ({ ports }) =>
      `Le routeur redirige le port public ${ports} vers le port 50443, mais aucun utilisateur n’a l’« accès WAN API » : personne ne peut s’en servir. Supprimez la redirection, ou donnez l’accès WAN API aux utilisateurs qui en ont besoin (4.8).`,
    'unreachable-users': ({ users, count }) =>
      count === 1
        ? `${users} a l’« accès WAN API », mais rien n’est redirigé vers le port 50443 et il n’y a pas de VPN : cet utilisateur ne peut pas joindre le système depuis Internet. Ajoutez la redirection {IP publique, port 443} vers {IP de l’OXO, port 50443}, mettez en place un VPN, ou retirez-lui l’accès WAN API (4.8).`
        : `${users} ont l’« accès WAN API », mais rien n’est redirigé vers le port 50443 et il n’y a pas de VPN : ces ${count} utilisateurs ne peuvent pas joindre le système depuis Internet. Ajoutez la redirection {IP publique, port 443} vers {IP de l’OXO, port 50443}, mettez en place un VPN, ou retirez-leur l’accès WAN API (4.8).`,
  },
  badPort: ({ option, value }) =>
    `${option} « ${value} » n’est pas un port : donnez un nombre entier de 1 à 65535.`,
  badForward: ({ value }) =>
    `--forward « ${value} » n’est pas une redirection : écrivez PUBLIC:OXO ou PUBLIC:OXO:trunk, par exemple --forward 443:50443 ou --forward 5060:5060:trunk.`,
  badForwardPort: ({ value, port }) =>
    `--forward « ${value} » : « ${port} » n’est pas un port. Chaque port est un nombre entier de 1 à 65535, sous la forme PUBLIC:OXO ou PUBLIC:OXO:trunk, par exemple --forward 443:50443.`,
  forwardNeedsRelease:
    '--forward demande --release : avant R8.2 aucune redirection n’est permise, le verdict en dépend donc. Ajoutez-la, par exemple --release R910/021.001.',
  nothingToDo:
    'Précisez quoi préparer ou vérifier : --public <port> pour le port qu’utiliseront les applications depuis Internet, ou --forward PUBLIC:OXO (une fois par redirection) avec --release pour vérifier les redirections du routeur.',
};
