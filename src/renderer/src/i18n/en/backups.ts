import type { Translation } from '../translation'

// English texts of the Backups section of Settings.
export const backupsEn: Translation['backups'] = {
  title: 'Backups',
  hint: 'Once a day Rupor copies its database by itself and keeps the copies of the last {{kept}} days. If something goes wrong, a copy brings everything back as it was that day.',
  folder: 'Backup folder',
  backUpNow: 'Back up now',
  backedUp: 'Backup made',
  backUpFailed: 'Could not make a backup',
  loadFailed: 'Could not read the list of backups',
  retry: 'Try again',
  none: 'No backups yet. The first one is made as soon as Rupor starts.',
  takenAt: 'Taken',
  size: 'Size',
  actions: 'Actions',
  restore: 'Restore…',
  restoreTitle: 'Restore the backup of {{date}}?',
  restoreWhat:
    'Contacts, opt-outs, lists, campaigns and the history of sends will be as they were on {{date}}. Everything changed since then will be gone from Rupor.',
  restoreKept:
    'Your current data is not deleted: Rupor keeps it in {{folder}} as a file named before-restore-<date and time>.db.',
  restorePause:
    'Campaigns sending now are paused. Campaigns from the backup are paused too — check them before resuming: some people on a list may have had the message after this backup was taken.',
  restoreReload: 'Rupor’s window reloads once the backup is restored.',
  restoreConfirm: 'Restore',
  cancel: 'Cancel',
  restored: 'Data restored from the backup of {{date}}',
  restoredKept: 'The data from before is kept as {{file}}.',
  busyImporting:
    'Contacts are being imported. Wait for the import to finish, then restore the backup. Your data has not changed.',
  refused: {
    backup_damaged:
      'This backup is damaged and cannot be restored. Your data has not changed. Choose the backup of another day.',
    backup_foreign: 'This file is not a backup of Rupor’s database. Your data has not changed.',
    backup_too_new:
      'This backup was made by a newer version of Rupor. Install that version to restore it. Your data has not changed.',
  },
  exportTitle: 'Export everything',
  exportHint:
    'One zip archive of CSV files: contacts, opt-outs, lists with their people, campaigns with their results and the log of sends. Opens in Excel. The Cloud API token is never in it.',
  exportButton: 'Download the archive',
  exportFailed: 'Could not export the data',
}
