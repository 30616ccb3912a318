import type { Messages } from '../en/index.js';

export const sections: Messages['sections'] = {
  briefing: {
    title: 'Information du client',
    intro:
      'Ce que le client doit savoir et accepter avant la remise du système (chapitre\u00a01).',
  },
  'user-passwords': {
    title: 'Mots de passe usager',
    intro:
      'Le mot de passe unique qui ouvre la boîte vocale, l’assistant personnel, les renvois, la substitution distante et les applications usager (chapitre\u00a02.1).',
  },
  'management-passwords': {
    title: 'Mots de passe système',
    intro:
      'Les mots de passe de connexion d’OMC et de DHM-Poste, et celui de la session Téléchargement de logiciel (chapitre\u00a02.2).',
  },
  'remote-access': {
    title: 'Accès à distance',
    intro:
      'L’accès depuis Internet : par VPN avant R8.2, par le port 50443 à partir de R8.2, et seulement si le client en a besoin (chapitre\u00a03).',
  },
  'noteworthy-addresses': {
    title: 'Adresses remarquables',
    intro:
      'Les adresses remarquables du système, lues et modifiées dans OMC (chapitres\u00a03.4 et 4.4 à 4.9).',
  },
  'system-options': {
    title: 'Options système et usager',
    intro:
      'L’aboutement par transfert, par renvoi et par l’assistant personnel, et les catégories de service qui ouvrent le système à distance (chapitres\u00a04.1 à 4.3 et 4.8).',
  },
  csta: {
    title: 'Applications CSTA externes',
    intro:
      'Si des applications extérieures peuvent piloter les appels par CSTA (chapitre\u00a04.10).',
  },
  certificates: {
    title: 'Certificats',
    intro:
      'La gestion des certificats dans le Web-Based Tool et le contrôle du certificat du système par OMC, à partir de R10.0 (chapitre\u00a04.11).',
  },
  maintenance: {
    title: 'Maintenance',
    intro:
      'Maintenir le système dans la dernière version de sa release, comme la note le répète tout au long du chapitre 4.',
  },
};
