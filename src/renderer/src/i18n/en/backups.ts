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
    'Contacts, lists, campaigns and settings will be as they were on {{date}}. Everything else changed since then will be gone from Rupor.',
  restoreCarried:
    'From your current data Rupor keeps what protects people and your number: the opt-out list, consent withdrawals, the record of sent messages (the limits count it) and the block history. Nobody who opted out after this backup is messaged again.',
  restoreKept:
    'Your current data is not deleted: Rupor keeps it in {{folder}} as a file named before-restore-<date and time>.db.',
  restorePause:
    'Campaigns sending now are paused. Campaigns from the backup are paused too — check them before resuming: some people on a list may have had the message after this backup was taken.',
  restoreReload: 'Rupor’s window reloads once the backup is restored.',
  restoreConfirm: 'Restore',
  cancel: 'Cancel',
  restored: 'Data restored from the backup of {{date}}',
  restoredKept: 'The data from before is kept as {{file}}.',
  restoredCarried: 'Carried over from the data before: {{list}}.',
  carriedCount: {
    optOuts: 'opt-outs — {{count}}',
    resubscriptions: 're-subscriptions — {{count}}',
    withdrawals: 'consent withdrawals — {{count}}',
    sends: 'records of sent messages — {{count}}',
    items: 'campaign messages marked sent — {{count}}',
    blocks: 'block records — {{count}}',
  },
  restoredCarriedNone:
    'No opt-outs, consent withdrawals, sends or blocks changed after this backup: there was nothing to carry over.',
  busyImporting:
    'Contacts are being imported. Wait for the import to finish, then restore the backup. Your data has not changed.',
  busyBuildingLists:
    'A broadcast list is being built. Wait for it to be ready, then restore the backup. Your data has not changed.',
  refused: {
    backup_damaged:
      'This backup is damaged and cannot be restored. Your data has not changed. Choose the backup of another day.',
    backup_foreign: 'This file is not a backup of Rupor’s database. Your data has not changed.',
    backup_too_new:
      'This backup was made by a newer version of Rupor. Install that version to restore it. Your data has not changed.',
  },
  where: 'Where',
  location: {
    main: 'In the data folder',
    mirror: 'In the second folder',
  },
  mirrorLabel: 'Second backup folder',
  mirrorHint:
    'A USB stick or a folder synced to the cloud. Each copy is written there too, and the last 7 days are kept there as well. If the folder is not there, the main copy is made all the same.',
  mirrorPlaceholder: 'A full path, e.g. E:\\Rupor or /Volumes/USB/Rupor',
  mirrorSave: 'Save folder',
  mirrorChoose: 'Choose…',
  mirrorStop: 'Stop copying there',
  mirrorSaved: 'Copies will be written to the second folder too',
  mirrorStopped: 'Copies are no longer written to the second folder',
  mirrorNoneYet:
    'No copies there yet: the first is written with the next copy, or with “Back up now”.',
  mirrorLastSuccess: 'The last copy was written to the second folder on {{date}}.',
  mirrorFailed:
    'The copy of {{date}} could not be written to the second folder: {{problem}} The main copy was made.',
  mirrorProblem: {
    not_absolute: 'Enter the folder’s full path, e.g. E:\\Rupor or /Volumes/USB/Rupor.',
    not_found: 'the folder is not there. If it is a USB stick, plug it in.',
    not_a_folder: 'this is a file, not a folder.',
    not_writable: 'this folder cannot be written to. Choose another or allow writing.',
    same_as_main:
      'this is Rupor’s data folder or its backups folder. Choose another disk or folder.',
    system_folder:
      'this is the root of the system disk. Choose a folder on a USB stick or a synced folder.',
    disk_full: 'the disk is full.',
    write_failed: 'the file was not written.',
  },
  exportTitle: 'Export everything',
  exportHint:
    'One zip archive of CSV files: contacts, opt-outs, lists with their people, campaigns with their results and the log of sends. Opens in Excel. The Cloud API token is never in it.',
  exportButton: 'Download the archive',
  exportFailed: 'Could not export the data',
}
