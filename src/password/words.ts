/**
 * Words a management password should not be built on. The note warns that
 * intruders try dictionaries of words first (2.2); the system checks none of
 * this. A real dictionary would be large and still miss what matters on site,
 * so this list holds only what is tried first against a telephone system:
 * the vendor's and the product's names, the names of the accounts themselves,
 * "password" and its relatives in both languages, and keyboard rows. Words
 * tied to the customer (company, site) are passed in by the caller, since
 * only the visit knows them.
 */
export const COMMON_WORDS: readonly string[] = [
  'password',
  'passwd',
  'passe',
  'secret',
  'admin',
  'administrator',
  'administrateur',
  'installer',
  'installateur',
  'install',
  'operator',
  'operateur',
  'alcatel',
  'lucent',
  'omnipcx',
  'welcome',
  'bienvenue',
  'bonjour',
  'default',
  'defaut',
  'changeme',
  'letmein',
  'azerty',
  'qwerty',
  'qwertz',
];
