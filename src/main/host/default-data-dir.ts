import { homedir } from 'node:os'
import { join } from 'node:path'

/** The folder Electron uses as userData for "Rupor", so the host and the app share one book. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Rupor')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Rupor')
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Rupor')
}
