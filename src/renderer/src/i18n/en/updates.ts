import type { Translation } from '../translation'

// English texts of the Updates section of Settings.
export const updatesEn: Translation['updates'] = {
  title: 'Updates',
  hint: 'Rupor checks for updates at start and once a day, downloads them in the background and asks before restarting — and never restarts while a campaign is sending.',
  version: 'Installed version {{version}}',
  check: 'Check for updates',
  restart: 'Restart to update',
  lastCheck: 'Last checked: {{date}}',
  checkFailed: 'Could not check for updates',
  restartFailed: 'Could not restart Rupor to update',
  loadFailed: 'Could not find out about updates',
  state: {
    unavailableBrowser:
      'The browser version has no updates: only Rupor installed on a computer updates itself.',
    unavailableDevelopment:
      'This build has no updates: only an installed Rupor gets them, and a development build has no address to get them from.',
    idle: 'Not checked for updates since Rupor started.',
    checking: 'Checking for a new version…',
    upToDate: 'You have the latest version.',
    available: 'Version {{version}} is out; starting the download…',
    downloading: 'Downloading the update: {{percent}}%',
    ready: 'Version {{version}} is downloaded. Restart Rupor to install it.',
    held: 'Version {{version}} is downloaded and waiting: a campaign is sending right now. Rupor will offer the restart once the campaign pauses, finishes or its sending window closes.',
    error: {
      check: 'Could not check for updates.',
      download: 'Could not download the update.',
      install: 'Could not install the update: Rupor goes on in the version it had.',
      network:
        'There seems to be no internet connection, or the update server is unavailable right now. Rupor tries again at the next check (once a day), or press “Check for updates” later.',
      details: 'Details: {{reason}}',
    },
  },
}
