import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The one folder every file of the tool lives in: the store, the signing key
 * and, by default, the reports. `OXO_HARDEN_HOME` overrides it so that tests
 * and several installers sharing a laptop can keep their data apart.
 */
export function homeDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OXO_HARDEN_HOME) return env.OXO_HARDEN_HOME;
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'oxo-harden');
  }
  if (process.platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', 'oxo-harden');
  }

  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'oxo-harden');
}
