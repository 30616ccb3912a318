import type { Messages } from '../en/index.js';

export const items: Messages['items'] = {
  'customer-informed': {
    title: 'Client informé des fonctions de sécurité',
    recommendation:
      'Informer soigneusement l’utilisateur/administrateur du système des fonctions de sécurité de l’OmniPCX Office RCE et des vulnérabilités du système si les recommandations ne sont pas rigoureusement et constamment suivies.',
    risk: 'Un administrateur qui ignore les risques défait les réglages, partage des mots de passe ou ouvre des accès sans y penser.',
    where: 'À la remise du système, avec l’utilisateur/administrateur du système.',
    help: 'La note en fait une responsabilité de l’installateur : le client doit bien comprendre les vulnérabilités du système si les recommandations du constructeur ne sont pas suivies. Le rapport signé de cet outil garde la trace de cette information.',
  },
  'security-level-agreed': {
    title: 'Niveau de sécurité convenu',
    recommendation:
      'Discuter avec l’utilisateur/administrateur du système du niveau de sécurité qu’il attend, l’informer en conséquence et configurer le système pour y répondre.',
    risk: 'Sans niveau convenu, des fonctions que personne n’a demandées restent ouvertes, ou des réglages bloquent un besoin du client et sont défaits plus tard.',
    where: 'À la mise en service, avec l’utilisateur/administrateur du système.',
    help: 'Notez dans le rapport le niveau convenu : accès à distance voulu ou non, applications usager connectées de l’extérieur (My IC Mobile / OTCV, PIMphony, My IC Web for Office), personnes habilitées à administrer le système.',
  },
  'unrequested-features-off': {
    title: 'Fonctions non demandées laissées désactivées',
    recommendation:
      'Ne pas activer l’assistant personnel ni la configuration à distance d’un renvoi si l’utilisateur/administrateur du système ne les a pas demandés ou prévus.',
    risk: 'L’assistant personnel et la configuration à distance d’un renvoi permettent à qui connaît ou devine un mot de passe usager de renvoyer des appels vers l’extérieur aux frais du client.',
    where:
      'OMC : Particularités système > Lecture/Écriture mémoire, adresses remarquables PerAssAlwd et DivRemCust (voir ces points).',
    help: 'Le chapitre 1 date la configuration à distance d’un renvoi « depuis R700 » ; le chapitre 4.6 et le tableau récapitulatif ne donnent son réglage, DivRemCust, qu’à partir de R7.1 (710/028.001). En R7.0 la fonction ne peut pas être désactivée : la mise à jour vers R7.1 est le remède.',
  },
  'password-responsibility': {
    title: 'Administrateur conscient de sa responsabilité sur les mots de passe',
    recommendation:
      'S’assurer que l’utilisateur/administrateur du système sait et comprend (a) que le respect strict et constant d’une politique de mots de passe, au moins conforme à la note, est la clé contre toute utilisation non autorisée, et (b) que toute personne accédant à l’assistant personnel ou à la substitution distante (DISA Transit) avec un mot de passe correct est implicitement un utilisateur autorisé de ce mot de passe.',
    risk: 'Les appels passés avec un mot de passe volé ou deviné sont ceux du client : le système ne peut pas les distinguer de ceux de l’usager.',
    where: 'À la remise du système, avec l’utilisateur/administrateur du système.',
    help: 'Un seul mot de passe usager ouvre la boîte vocale, l’assistant personnel, la gestion du mot de passe, le mode nomadic, les renvois, la substitution distante, PIMphony, le verrouillage du poste, My IC Web for Office et My IC Mobile / OTCV. Sa création et sa sécurité relèvent de l’usager et de l’administrateur.',
  },
  'default-user-passwords-changed': {
    title: 'Mots de passe usager par défaut remplacés',
    recommendation:
      'Remplacer les mots de passe usager par défaut par des mots de passe sécurisés partout où les usagers accèdent à des applications connectées au système : boîte vocale, assistant personnel, ou par le WAN avec My IC Mobile, PIMphony, etc.',
    risk: 'Les mots de passe par défaut sont connus de quiconque a lu un manuel ; ils ouvrent la boîte vocale, les renvois et la substitution distante.',
    where:
      'Sur chaque poste (boîte vocale, options personnelles) ou dans OMC : Liste des Postes/bornes.',
    help: 'Le système demande le changement du mot de passe par défaut de chaque boîte vocale lors de son initialisation ; les autres services gardent le mot de passe par défaut tant que personne ne le change.',
  },
  'no-trivial-user-passwords': {
    title: 'Aucun mot de passe usager trivial',
    recommendation:
      'Proscrire les mots de passe usager triviaux tels que 1234, 0000 ou 1111 ; vérifier avec cet outil (hors ligne) tout mot de passe qui vous est communiqué.',
    risk: 'Les mots de passe triviaux sont les premiers essayés par un fraudeur sur la boîte vocale et la substitution distante.',
    where: 'Sur chaque poste, ou dans OMC : Liste des Postes/bornes.',
    help: 'Les versions qui contrôlent elles-mêmes les mots de passe usager refusent les mots de passe triviaux (voir les points suivants) ; sur les autres, et après un swap avec data-saving, seule une vérification à la main les trouve. La vérification de cet outil ne garde que son verdict, jamais le mot de passe.',
  },
  'user-password-renewal': {
    title: 'Mots de passe usager changés régulièrement',
    recommendation: 'Obliger les usagers à changer régulièrement leur mot de passe.',
    risk: 'Un mot de passe qui ne change jamais reste utile à quiconque l’a vu ou deviné un jour.',
    where: 'Politique du client, communiquée à chaque usager.',
    help: 'Le système n’impose pas le renouvellement : la politique relève de l’administrateur du système.',
  },
  'user-password-not-shared': {
    title: 'Mots de passe usager gardés pour soi',
    recommendation:
      'Veiller à ce que les personnes ne se communiquent pas leurs mots de passe (collègues ou autres).',
    risk: 'Un mot de passe partagé reste un mot de passe autorisé pour le système, quel que soit celui qui l’utilise.',
    where: 'Politique du client, communiquée à chaque usager.',
    help: 'Toute personne utilisant un mot de passe correct est considérée comme l’utilisateur autorisé de ce mot de passe (chapitre 2.1).',
  },
  'set-locking': {
    title: 'Postes verrouillés hors utilisation',
    recommendation:
      'Veiller à ce que les personnes verrouillent au besoin leur poste en dehors des périodes d’utilisation (vacances, week-ends).',
    risk: 'Un poste non verrouillé dans un bureau vide permet d’appeler l’extérieur ou de modifier son renvoi.',
    where: 'Sur le poste : verrouillage du poste, avec le mot de passe usager.',
    help: 'Le verrouillage du poste utilise le même mot de passe usager que les autres services.',
  },
  'user-password-control': {
    title: 'Mots de passe usager triviaux refusés par le système',
    recommendation:
      'Utiliser une version où le système contrôle lui-même les mots de passe usager et refuse les mots de passe triviaux.',
    risk: 'Sans ce contrôle, rien n’empêche un usager de garder ou de choisir 0000 ou 1234.',
    where:
      'Intégré au système ; essayez un mot de passe trivial sur un poste : il est refusé avec « Saisie non valide ».',
    help: 'Le contrôle existe à partir de 410/065.001, 510/059.001, 610/047.001, 710/057.007, 800/030.002, 810/045.003, 820/026.007, 900/033.002 et 910/021.001, et dans toutes les versions de R9.2 et R10.0 ; R3.1 et R7.0 ne l’ont pas. Le tableau récapitulatif et le texte divergent pour trois releases : R4.1 410/064.001 (tableau) ou 410/065.001 (texte), R5.1 510/058.001 ou 510/059.001, R7.1 710/057.007 (tableau) ou 710/052.007 (texte). La plus récente des deux versions est retenue.',
  },
  'trivial-list-extended': {
    title: 'Liste étendue des mots de passe usager triviaux',
    recommendation:
      'Utiliser une version qui a la liste étendue des mots de passe usager triviaux : 800/043.001 ou plus récente en R8.0, 810/047.001 ou plus récente en R8.1.',
    risk: 'Les versions antérieures acceptent des mots de passe que les suivantes savent triviaux.',
    where: 'Intégré au système.',
    help: 'La note ne cite que R8.0 (800/043.001) et R8.1 (810/047.001). Les releases suivantes sont considérées comme ayant la liste étendue dès la première version qui contrôle les mots de passe usager (820/026.007, 900/033.002, 910/021.001, toutes les versions de R9.2 et R10.0) ; les releases antérieures à R8.0 n’ont que la première liste.',
  },
  'trivial-after-swap': {
    title: 'Mots de passe revérifiés après un swap avec data-saving',
    recommendation:
      'Après un swap avec data-saving depuis une version qui ne contrôlait pas les mots de passe, revérifier les mots de passe usager : les mots de passe triviaux reviennent avec les données.',
    risk: 'La base restaurée ramène tous les mots de passe triviaux, que le système accepte alors tels quels.',
    where:
      'Après le swap : la fonction de vérification de R9.1 et plus récentes, ou la vérification des mots de passe usager d’OMC 910/14.1b.',
    help: 'La note laisse cette vérification à l’usager, à l’administrateur ou à l’installateur. Elle vaut à partir des versions qui contrôlent les mots de passe usager (voir « Mots de passe usager triviaux refusés par le système »).',
  },
  'six-digit-user-passwords': {
    title: 'Mots de passe usager à 6 chiffres',
    recommendation:
      'Utiliser des mots de passe usager à 6 chiffres là où la version le permet.',
    risk: 'Un mot de passe à 4 chiffres offre cent fois moins de possibilités qu’un mot de passe à 6 chiffres.',
    where: 'OMC recommande le changement à chaque connexion sur un système mis à jour.',
    help: 'À partir de 820/026.007, 900/033.002 et 910/021.001 (et toutes les versions suivantes). Un nouveau système démarre avec des mots de passe à 6 chiffres ; un système mis à jour vers une de ces versions garde ses mots de passe à 4 chiffres, et OMC recommande alors le passage à 6 chiffres à chaque connexion. La valeur par défaut dépend donc de l’historique du système.',
  },
  'trivial-password-reset': {
    title: 'Mots de passe usager triviaux détectés et réinitialisés',
    recommendation:
      'Utiliser la fonction du système qui détecte les mots de passe usager triviaux, et celle qui remet à la valeur par défaut tous les mots de passe usager triviaux, puis faire choisir de nouveaux mots de passe à ces usagers.',
    risk: 'Les mots de passe triviaux choisis avant le contrôle, ou restaurés par un swap, restent utilisés sans que personne le sache.',
    where: 'Fonctions du système à partir de R9.1 (Documentation Expert).',
    help: 'À partir de R9.1. Un mot de passe réinitialisé est le mot de passe par défaut, que l’usager doit changer aussitôt (voir « Mots de passe usager par défaut remplacés »).',
  },
  'omc-password-check': {
    title: 'Mots de passe usager vérifiés avec OMC',
    recommendation:
      'Vérifier les mots de passe usager avec OMC, et réinitialiser ceux qui sont faibles, avec OMC 910/14.1b ou plus récent.',
    risk: 'Sur les releases sans contrôle par le système, les mots de passe faibles passent inaperçus.',
    where:
      'OMC 910/14.1b ou plus récent : vérification et remise à zéro des mots de passe usager.',
    help: 'La vérification et la remise à zéro des mots de passe usager par OMC fonctionnent sur toutes les versions du système, à condition qu’OMC soit en 910/14.1b ou plus récent.',
  },
  'management-default-passwords': {
    title: 'Mots de passe système par défaut changés',
    recommendation:
      'Changer les mots de passe par défaut Installateur (OMC Expert), Administrateur (OMC EasyPlus) et Opérateur (OMC Easy).',
    risk: 'Ces mots de passe donnent le contrôle complet du système, y compris par DHM-Poste ; leurs valeurs par défaut sont publiques.',
    where: 'OMC : le mot de passe de chaque vue (Expert, EasyPlus, Easy).',
    help: 'Les mêmes mots de passe servent aux connexions par DHM-Poste.',
  },
  'management-password-practice': {
    title: 'Règles des mots de passe système appliquées',
    recommendation:
      'Changer régulièrement les mots de passe système ; définir et appliquer une stratégie d’entreprise rigoureuse ; aucun mot de passe trivial (12345678, 11111111, 00000000) ; aucun mot du langage courant ; rien qui soit lié à la personne ; un mot de passe différent par mode de connexion ; les garder confidentiels et ne jamais les écrire.',
    risk: 'Les logiciels à dictionnaires et une fouille du bureau trouvent la plupart des mots de passe qui enfreignent ces règles.',
    where: 'Politique du client, pour toute personne qui administre le système.',
    help: 'Avant R9.1 le système ne contrôle pas les mots de passe système : ces règles sont la seule protection.',
  },
  'download-session-password': {
    title: 'Mot de passe de la session Téléchargement de logiciel changé',
    recommendation:
      'Donner à la session Téléchargement de logiciel son propre mot de passe, avec les mêmes règles que les autres mots de passe système.',
    risk: 'Son mot de passe par défaut est celui de la session Installateur : il reste ouvert après le changement du mot de passe Installateur.',
    where: 'OMC Expert : mot de passe de la session Téléchargement de logiciel.',
    help: 'La session Téléchargement de logiciel possède un mot de passe spécifique, modifiable seulement avec OMC Expert.',
  },
  'callback-authorized-callers': {
    title: 'Rappel / Appelants Autorisés envisagés',
    recommendation:
      'Pour un niveau de sécurité supplémentaire, activer les fonctions « Rappel / Appelants Autorisés » afin que seuls des appelants connus puissent se connecter au système pour le gérer.',
    risk: 'Sans elles, quiconque joint le système et dispose d’un mot de passe peut s’y connecter.',
    where: 'OMC : Gestion et Contrôle Réseau > Rappel / Appelants Autorisés.',
    help: 'Elles donnent le contrôle total sur qui est autorisé à se connecter au système (Documentation Expert).',
  },
  'management-password-control': {
    title: 'Mots de passe système conformes aux règles du système',
    recommendation:
      'Tous les mots de passe système sauf celui de l’Opérateur : exactement 8 caractères, au moins une majuscule, une minuscule et un chiffre, aucun caractère spécial.',
    risk: 'Les mots de passe définis avant la mise à jour fonctionnent tant qu’ils ne sont pas changés, même s’ils enfreignent les règles.',
    where: 'OMC : le mot de passe de chaque vue ; le système contrôle les règles.',
    help: 'À partir de R9.1 (910/021.001 dans le tableau récapitulatif), le système contrôle ces règles. Vérifiez chaque mot de passe hors ligne avec cet outil : seul son verdict est gardé.',
  },
  'operator-password-rules': {
    title: 'Mot de passe Opérateur conforme aux règles du système',
    recommendation:
      'Le mot de passe Opérateur : exactement 8 caractères, au moins un chiffre, au moins deux caractères différents, pas de suite montante ou descendante, aucun caractère spécial.',
    risk: 'Un mot de passe Opérateur faible ouvre OMC Easy à quiconque le devine.',
    where: 'OMC Easy : mot de passe Opérateur ; le système contrôle les règles.',
    help: 'À partir de la première version de R10.0. Exemples : « HelloYou » est refusé (aucun chiffre), « Hello123 » accepté, « 11111111 » et « aaaaaaaa » refusés (un seul caractère), « 12345678 » et « abcdefgh » refusés (une suite).',
  },
  AutoPwdChk: {
    title: 'Mots de passe par défaut et triviaux détectés (AutoPwdChk)',
    recommendation:
      'Utiliser la vérification par le système des mots de passe usager, système et admin des postes SIP (AutoPwdChk), et remplacer chaque mot de passe par défaut ou trivial trouvé.',
    risk: 'Les mots de passe par défaut et triviaux antérieurs aux règles laissent le système ouvert.',
    where:
      'OMC : Particularités système > Lecture/Écriture mémoire, adresse remarquable AutoPwdChk (Documentation Expert).',
    help: 'À partir de 910/021.001 et dans toutes les versions de R9.2 et R10.0.',
  },
  'installer-reset-identity': {
    title: 'Demande de réinitialisation Installateur avec l’identité de la CPU',
    recommendation:
      'Pour demander au constructeur la remise à la valeur par défaut du mot de passe Installateur, fournir le numéro de série de la CPU et son adresse MAC, ou son CPU ID.',
    risk: 'Une demande sans ces informations est refusée, et le système reste impossible à administrer.',
    where: 'Demande de service (service request) au support du constructeur.',
    help: 'Obligatoire à partir de R9.0. Notez le numéro de série et l’adresse MAC (ou le CPU ID) dans le dossier du client à la mise en service.',
  },
  'remote-access-only-if-needed': {
    title: 'Accès à distance seulement si nécessaire',
    recommendation:
      'N’activer l’accès à distance depuis Internet que si le client en a besoin ; sinon, ne rediriger aucun port vers le système.',
    risk: 'Chaque chemin ouvert depuis Internet est un chemin pour la fraude et l’intrusion.',
    where: 'Le périphérique d’accès Internet du client.',
    help: 'L’accès à distance peut être nécessaire aux applications usager (My IC Web for Office, My IC Mobile / OTCV, PIMphony) ou aux applications de gestion (OMC, Web-Based Tool). Dans ce cas, les points suivants s’appliquent selon la release.',
  },
  'internet-access-device-secured': {
    title: 'Périphérique d’accès Internet sécurisé',
    recommendation:
      'Appliquer des mesures de sécurité adaptées au site dans le pare-feu du périphérique d’accès Internet, entre Internet et le LAN du système.',
    risk: 'Le système n’est pas connecté directement à Internet : le pare-feu est la seule barrière devant lui.',
    where:
      'Le périphérique d’accès Internet du client : pare-feu et redirection de port.',
    help: 'Le système est connecté au LAN, jamais directement à Internet.',
  },
  'remote-access-vpn': {
    title: 'Accès à distance par VPN',
    recommendation:
      'Avant R8.2, ne connecter les applications distantes depuis Internet que par un VPN.',
    risk: 'Sur ces releases, tout autre chemin d’Internet vers le système est sans protection.',
    where: 'Une passerelle ou un logiciel VPN choisi pour le site.',
    help: 'Avant R8.2 une connexion VPN est obligatoire. Ni le système ni les applications usager ne fournissent de VPN : un logiciel ou un équipement supplémentaire est nécessaire, et sa sécurité est sous la responsabilité de son propriétaire. À partir de R8.2, voir « Accès Internet par le seul port 50443 ».',
  },
  'remote-access-50443': {
    title: 'Accès Internet par le seul port 50443',
    recommendation:
      'Rediriger le trafic venant d’Internet vers le port 50443 du système et vers aucun autre : jamais vers 443 ou 10443, et vers un autre port seulement pour le besoin explicite d’un IP trunk public.',
    risk: 'Les ports 443 et 10443 sont réservés au LAN : le trafic qui y est redirigé échappe au contrôle d’accès que le système applique au trafic d’Internet.',
    where:
      'Le périphérique d’accès Internet du client : redirection {IP publique, port 443} vers {IP du système, port 50443}.',
    help: 'À partir de R8.2 le système distingue le trafic d’Internet de celui du LAN par le port de destination : 443 et 10443 pour le LAN, 50443 pour Internet. Les postes My IC Phone utilisent le port 443 en R8.2 et 10443 ensuite. Une connexion par VPN reste possible.',
  },
  'pimphony-remote-vpn': {
    title: 'PIMphony IP à distance par VPN',
    recommendation: 'Ne connecter PIMphony IP depuis Internet que par un VPN.',
    risk: 'PIMphony IP à distance par redirection de port n’est pas supporté.',
    where: 'Une passerelle ou un logiciel VPN choisi pour le site.',
    help: 'À partir de R8.2, le VPN est la seule solution supportée pour PIMphony IP à distance (chapitre 3.3).',
  },
  'remote-app-ports': {
    title: 'Port public réglé dans chaque application distante',
    recommendation:
      'Si le port HTTPS public n’est pas 443 (un autre serveur HTTPS l’utilise déjà), régler ce port comme destination dans chaque application distante, et le rediriger vers le port 50443 du système.',
    risk: 'Des applications réglées sur le mauvais port échouent, et une correction pressée redirige souvent le mauvais port.',
    where:
      'PIMphony : assistant de configuration ; OMC : champ Nom/Adresse IP du PCX de la fenêtre de connexion ; My IC Web for Office et Web-Based Tool : l’adresse dans le navigateur ; My IC Mobile / OTCV : voir ExtHttpsPo.',
    help: 'N’importe quel port libre du périphérique d’accès Internet convient, et le même port peut servir à toutes les applications. La destination est un port de l’interface publique du périphérique, pas un port du système : le périphérique le redirige vers le port 50443.',
  },
  PerAssAlwd: {
    title: 'Assistant personnel désactivé (PerAssAlwd)',
    recommendation:
      'Mettre PerAssAlwd à 00 (assistant personnel désactivé) si le client n’utilise pas l’assistant personnel.',
    risk: 'L’assistant personnel peut transférer les appelants vers l’extérieur ; avec un mot de passe deviné, c’est une voie de fraude.',
    where:
      'OMC : Particularités système > Lecture/Écriture mémoire, adresse remarquable PerAssAlwd.',
    help: 'Introduite en 310/055.001, 410/056.001, 510/035.001, 610/012.001, 700/012.005 (première version de R7.0) et dans la première version des releases R7.1 à R9.1. Valeur par défaut 00 (désactivé) à partir de 410/064.001, 510/058.001, 610/033.001, 700/026.001, 710/022.001, 800/030.002, 810/045.003, 820/026.007, 900/033.002 et 910/021.001 ; en R3.1 la valeur par défaut reste 01 (activé). Pour R6.1 le tableau indique 610/031.001 et le texte 610/033.001 : la plus récente, 610/033.001, est retenue. Après un swap avec data-saving d’une version R6.x ou R7.x antérieure vers 610/033.001 ou 710/022.001, il faut réactiver l’assistant personnel si le client l’utilisait.',
  },
  VMUMaxTry: {
    title: 'Tentatives d’accès à la messagerie limitées (VMUMaxTry)',
    recommendation:
      'Mettre VMUMaxTry à 03 : trois tentatives infructueuses d’accès à la messagerie vocale au plus.',
    risk: 'Avec l’ancienne valeur par défaut de 20 tentatives, un appelant peut essayer mot de passe après mot de passe sur la messagerie.',
    where:
      'OMC : Particularités système > Lecture/Écriture mémoire, adresse remarquable VMUMaxTry.',
    help: 'Introduite en 310/060.001, 410/064.001, 510/058.001, 610/015.001 (texte ; le tableau indique 610/015.003, qui est retenue), 700/012.005 (première version de R7.0) et dans la première version des releases R7.1 à R9.1. Valeur par défaut 03 à partir de 310/060.001, 410/064.001, 510/058.001, 610/033.001, 700/026.001, 710/022.001, 800/030.002, 810/045.003, 820/026.007, 900/033.002 et 910/021.001 ; avant, 20. Une valeur inférieure à 03 n’apporte rien : le système ne dit rien de l’état de la boîte, et un appelant obtient quand même trois essais (« xxxx n’est pas votre mot de passe », puis « au revoir ») avant la libération de l’appel, même sur une boîte verrouillée.',
  },
  DivRemCust: {
    title: 'Configuration à distance d’un renvoi désactivée (DivRemCust)',
    recommendation:
      'Laisser DivRemCust à 00 (configuration à distance d’un renvoi désactivée) si le client ne la demande pas.',
    risk: 'Depuis la boîte vocale, un appelant muni d’un mot de passe usager peut renvoyer les appels de cet usager vers un numéro extérieur.',
    where:
      'OMC : Particularités système > Lecture/Écriture mémoire, adresse remarquable DivRemCust.',
    help: 'Introduite en 710/028.001 et dans la première version des releases R8.0 à R9.1. Valeur par défaut 00 (le menu n’apparaît pas dans la boîte vocale) à partir de 710/028.001, 800/030.002, 810/045.003, 820/026.007, 900/033.002 et 910/021.001. Le texte imprime la dernière « R910/021.00 » ; la version complète du tableau, 910/021.001, est retenue. Le chapitre 1 date la fonction de R700, mais son réglage n’existe qu’à partir de R7.1 : en R7.0, mettez à jour.',
  },
  CallCorres: {
    title: 'Rappel depuis la boîte vocale désactivé (CallCorres)',
    recommendation:
      'Mettre CallCorres à 00 (pas de rappel, option 3, à l’écoute d’un message) si le client n’en a pas besoin.',
    risk: 'Rappeler l’auteur d’un message depuis la boîte vocale peut servir à joindre des numéros extérieurs aux frais du client.',
    where:
      'OMC : Particularités système > Lecture/Écriture mémoire, adresse remarquable CallCorres.',
    help: 'Introduite en 510/064.001, 610/052.001, 710/097.001, 820/045.001, 900/037.001 et dans la première version de R9.1 ; absente de R7.0 (à partir de R7.1), de R8.0 et de R8.1 (à partir de R8.2). La valeur par défaut dépend du produit cible (pays) : 00 rappel non proposé, 01 proposé. Lisez la valeur sur le système.',
  },
  ExtLnkClsd: {
    title: 'Connexions LAN et WAN fermées si inutiles (ExtLnkClsd)',
    recommendation:
      'Si aucune application autre qu’OMC ne doit se connecter au système par le LAN ou le WAN, mettre ExtLnkClsd à 01 pour fermer toutes ces connexions ; un redémarrage à chaud est nécessaire pour sa prise en compte.',
    risk: 'Avec la valeur par défaut 00, toutes les connexions LAN et WAN sont ouvertes, utilisées ou non.',
    where:
      'OMC : Particularités système > Lecture/Écriture mémoire, adresse remarquable ExtLnkClsd, puis redémarrage à chaud.',
    help: 'À partir de la première version de R8.2 ; absente de R8.0 et R8.1. La valeur par défaut, 00, ouvre toutes les connexions : l’outil ne la compte donc jamais comme la valeur sûre. Marquez le point sans objet si les applications du client ont besoin de ces connexions. Les connexions OMC restent autorisées à 01, selon les règles du chapitre 3.',
  },
  ExtHttpsPo: {
    title: 'Port HTTPS public de My IC Mobile / OTCV (ExtHttpsPo)',
    recommendation:
      'Si My IC Mobile / OTCV joignent le système par un port public autre que 443, régler ce port dans ExtHttpsPo, en deux octets hexadécimaux.',
    risk: 'Une valeur fausse laisse les applications viser un port non redirigé, ou un port qui ne devrait pas l’être.',
    where:
      'OMC : Particularités système > Lecture/Écriture mémoire, adresse remarquable ExtHttpsPo ; URL publique dans Matériels et Limites > Configuration LAN > Adresse IP du routeur/Nom de Domaine.',
    help: 'Les applications utilisent le port 443 par défaut. Pour le port 33443, ExtHttpsPo vaut 82 A3 (hexadécimal). Seul l’accès à distance par redirection de port, à partir de R8.2, a un port public à régler.',
  },
  'account-code-table-guest': {
    title: 'Entrées « Invité » de la table des codes affaires examinées',
    recommendation:
      'Décider quels paramètres de discrimination contrôlent l’aboutement externe/externe de l’assistant personnel : garder les entrées « Invité » de la table des codes affaires pour la discrimination du poste, ou les supprimer toutes pour celle des équipements de messagerie vocale ; régler la discrimination choisie en conséquence.',
    risk: 'Supprimer la dernière entrée « Invité » fait passer le contrôle, sans avertissement, à la discrimination de la messagerie vocale, qui peut laisser sortir tout assistant personnel.',
    where:
      'OMC : Particularités système > Partage du trafic et discrimination > Table des codes affaires.',
    help: 'Par défaut, l’aboutement externe/externe de l’assistant personnel est contrôlé par la matrice/table de discrimination et les catégories de service du poste de l’usager, tant que la table des codes affaires contient une ou plusieurs entrées de catégorie de discrimination « Invité ». Dès que toutes les entrées « Invité » sont supprimées, ce sont les paramètres de discrimination (matrice et table) des équipements de messagerie vocale qui le contrôlent. Valable pour toutes les releases.',
  },
  'joining-incoming-outgoing': {
    title: 'Aboutement entrant/sortant interdit par poste',
    recommendation:
      'Interdire l’aboutement entrant/sortant dans la catégorie de service des postes qui n’en ont pas besoin.',
    risk: 'Un appel entrant peut être abouté à une ligne extérieure par transfert manuel ou par renvoi, aux frais du client.',
    where:
      'OMC : Liste des Postes/bornes > Catégorie de service : Aboutement Entrant/Sortant.',
    help: 'Avec les trois réglages suivants, cela empêche un appel entrant d’effectuer un break-out par transfert manuel ou suite à un renvoi. À partir de R1.1 et R2.1.',
  },
  'ext-ext-transfer': {
    title: 'Transfert Ext/Ext désactivé',
    recommendation: 'Désactiver le transfert Ext/Ext si le client n’en a pas besoin.',
    risk: 'Un appelant extérieur peut être transféré vers une autre ligne extérieure.',
    where: 'OMC : Particularités système > Partie 2 : Transfert Ext/Ext.',
    help: 'À partir de R1.1 et R2.1.',
  },
  'ext-ext-transfer-on-hang-up': {
    title: 'Transfert Ext/Ext par raccrochage désactivé',
    recommendation:
      'Désactiver le transfert Ext/Ext par raccrochage si le client n’en a pas besoin.',
    risk: 'Raccrocher pendant une communication entre deux lignes extérieures les laisse reliées, aux frais du client.',
    where: 'OMC : Particularités système > Partie 2 : Transfert Ext/Ext par raccrochage.',
    help: 'À partir de R1.1 et R2.1.',
  },
  'barring-per-user': {
    title: 'Matrice et table de discrimination réglées par poste',
    recommendation:
      'Régler la matrice et les tables de discrimination de chaque poste pour que ses appels extérieurs n’atteignent que ce dont l’usager a besoin.',
    risk: 'Un break-out par un poste sans discrimination atteint n’importe quel numéro, internationaux et surtaxés compris.',
    where:
      'OMC : Particularités système > Partage du trafic et discrimination : matrice et tables de discrimination.',
    help: 'Elles contrôlent le break-out par transfert et par renvoi, et celui de l’assistant personnel tant que la table des codes affaires contient des entrées « Invité » (voir ce point).',
  },
  'remote-customization': {
    title: 'Configuration distante accordée seulement si nécessaire',
    recommendation:
      'Laisser désactivée la catégorie de service « Configuration distante », et ne l’accorder qu’aux usagers qui ont besoin de leurs options personnelles (option 9 de la boîte vocale) à distance.',
    risk: 'Avec elle, un appelant muni d’un mot de passe usager atteint les options personnelles de la boîte vocale et peut les modifier, renvoi compris.',
    where:
      'OMC : Liste des Postes/bornes > Catégorie de service > Partie 2 : Configuration distante.',
    help: 'À partir de 310/060.001, 410/065.001, 510/059.001, 610/047.001, 710/069.001, 800/030.002, 810/045.003, 820/026.007, 900/033.002 et 910/021.001 ; absente de R7.0. Le texte imprime la version de R8.0 « 800/030.00 » ; celle du tableau, 800/030.002, est retenue. Désactivée par défaut : les options personnelles (option 9) n’apparaissent alors pas dans la boîte vocale. OMC 800/21.1b ou plus récent est obligatoire ; OMC 711 ne permet pas de la régler.',
  },
  'wan-api-access': {
    title: 'Accès WAN API accordé seulement si nécessaire',
    recommendation:
      'N’accorder l’« accès WAN API » qu’aux usagers d’une application à distance comme My IC Mobile, OTCV ou PIMphony ; ne rediriger le port 50443 que si au moins un usager l’a.',
    risk: 'Chaque usager qui l’a peut être atteint par les requêtes venant du WAN par le port 50443.',
    where:
      'OMC : Liste des Postes/bornes > Catégorie de service > Partie 1 : accès WAN API.',
    help: 'À partir de 820/019.001 et dans toutes les versions de R9.0 et plus récentes. Désactivé par défaut. Il contrôle, usager par usager, les requêtes du WAN redirigées vers le port 50443.',
  },
  'csta-external-apps': {
    title: 'Applications CSTA externes autorisées seulement si nécessaire',
    recommendation:
      'N’autoriser les applications CSTA externes que si le client en utilise une ; sinon laisser désactivée l’option « Applications CSTA Externes autorisées ».',
    risk: 'Un lien CSTA autorisé permet à une application extérieure de piloter les appels du système.',
    where: 'OMC : option « Applications CSTA Externes autorisées ».',
    help: 'À partir de R8.2. De R8.2 à R9.2 la valeur par défaut dépend du produit cible ; à partir de R10.0 elle est désactivée pour tous les produits cible. Après une migration d’une release antérieure à R10.0 vers R10.0, la valeur précédente est restaurée : un système qui autorisait les applications CSTA externes les autorise encore. Lisez la valeur sur le système.',
  },
  'certificate-management': {
    title: 'Certificats gérés',
    recommendation:
      'Utiliser la gestion des certificats de R10.0 : importer un certificat signé par une autorité externe ou créer une autorité de certification locale, et tenir à jour le Trust Store.',
    risk: 'Sans certificat vérifiable par les applications, une connexion peut être interceptée sans que personne le remarque.',
    where:
      'Web-Based Tool : gestion des certificats (Documentation Expert, chapitre 13 Sécurité / Gestion des certificats).',
    help: 'À partir de R10.0. Le Trust Store contient les autorités de certification les plus répandues, et l’installateur peut y ajouter des certificats.',
  },
  'omc-certificate-check': {
    title: 'Certificat du système contrôlé par OMC',
    recommendation:
      'Laisser OMC contrôler le certificat du système, et examiner tout avertissement qu’il donne.',
    risk: 'Ignorer l’avertissement permet à un faux système de recueillir les mots de passe de gestion.',
    where: 'OMC, à la connexion au système.',
    help: 'À partir de R10.0, OMC contrôle le certificat du système à la connexion.',
  },
  'latest-version': {
    title: 'Système dans la dernière version de sa release',
    recommendation: 'Mettre à jour le système dans la dernière version de sa release.',
    risk: 'La plupart des valeurs par défaut plus sûres et des contrôles sont arrivés dans des versions de maintenance : une version plus ancienne ne les a pas.',
    where:
      'OMC : Particularités système (release et version du système) ; téléchargement de logiciel.',
    help: 'La note répète ce conseil après presque chaque réglage du chapitre 4. Le plan de cet outil liste ce qu’une mise à jour apporterait pour la release indiquée.',
  },
};
