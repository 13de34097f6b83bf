import { dialog } from 'electron'
import type { DatabaseOpenError, DatabaseProblem } from '../core/db/database-error'
import type { RecoveryChoices } from '../core/db/recovery/recovery-choices'
import { languageOf, recoveryDialog } from '../core/db/recovery/recovery-texts'
import type { RecoveryAction } from '../core/db/recovery/run-recovery'

const texts: Record<'ru' | 'en', Record<DatabaseProblem, string>> = {
  ru: {
    damaged:
      'Файл базы данных Рупора повреждён. Рупор его не изменял. Запустите Рупор снова, чтобы восстановить копию или начать с пустой базы, сохранив список отписавшихся и то, что номер уже отправил.',
    too_new:
      'Базу данных создала более новая версия Рупора. Установите ту версию снова: эта файл не тронет.',
    unreadable: 'Не удалось открыть файл базы данных Рупора.',
    disk_full:
      'На диске закончилось место, и Рупор не может открыть свои данные. Освободите место на диске и запустите Рупор снова. Данные не изменены.',
    read_only:
      'Рупор не может записывать в свою папку с данными. Проверьте, что папка существует, что это именно папка и что в неё разрешена запись (права доступа, диск не защищён от записи и не отключён), и запустите Рупор снова.',
  },
  en: {
    damaged:
      "Rupor's database file is damaged. Rupor has not changed it. Start Rupor again to restore a copy or to start empty, keeping the opt-out list and what the number has sent.",
    too_new:
      'The database was written by a newer version of Rupor. Install that version again; this one will not touch the file.',
    unreadable: "Rupor's database file could not be opened.",
    disk_full:
      'The disk is full, so Rupor cannot open its data. Free some space on the disk and start Rupor again. Your data was not changed.',
    read_only:
      'Rupor cannot write to its data folder. Check that the folder exists, is a folder, and may be written to (its permissions, a disk that is write-protected or was removed), then start Rupor again.',
  },
}

/** Tells the user, in their language, why Rupor cannot start; the file stays as it was. */
export function showDatabaseError(error: DatabaseOpenError, locale: string): void {
  const lang = languageOf(locale)
  const title = lang === 'ru' ? 'Рупор не может открыть данные' : 'Rupor cannot open its data'
  dialog.showErrorBox(title, `${texts[lang][error.problem]}\n\n${error.file}`)
}

/** A damaged database: asks whether to restore the newest good copy, start empty keeping the opt-out list, or quit. */
export function askHowToRecover(choices: RecoveryChoices, locale: string): RecoveryAction | 'quit' {
  const question = recoveryDialog(choices, languageOf(locale))
  const chosen = dialog.showMessageBoxSync({
    type: 'warning',
    title: question.title,
    message: question.message,
    detail: question.detail,
    buttons: question.buttons,
    defaultId: question.defaultId,
    cancelId: question.cancelId,
    noLink: true,
  })
  return question.actions[chosen] ?? 'quit'
}

/** The recovery itself failed: nothing was changed (the damaged file is where it was). */
export function showRecoveryFailed(error: unknown, locale: string): void {
  const lang = languageOf(locale)
  const title = lang === 'ru' ? 'Рупор не может открыть данные' : 'Rupor cannot open its data'
  const text =
    lang === 'ru'
      ? 'Восстановить данные не удалось; файлы не изменены.'
      : 'The data could not be recovered; the files were not changed.'
  dialog.showErrorBox(title, `${text}\n\n${error instanceof Error ? error.message : String(error)}`)
}
