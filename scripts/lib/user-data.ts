import os from 'node:os';
import path from 'node:path';

const PRODUCT_NAME = 'Adjuster Workstation';

/** The same folder Electron's app.getPath('userData') uses, so both modes share one local service. */
export function userDataDir(): string {
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(
        process.env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'),
        PRODUCT_NAME,
      );
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return path.join(process.env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), PRODUCT_NAME);
  }
}
