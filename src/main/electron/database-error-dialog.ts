import { dialog } from 'electron'
import type { DatabaseOpenError, DatabaseProblem } from '../core/db/database-error'

const texts: Record<'ru' | 'en', Record<DatabaseProblem, string>> = {
  ru: {
    damaged:
      'Файл базы данных Рупора повреждён. Рупор его не изменял. Восстановите резервную копию из той же папки или переместите файл, чтобы начать с пустой базы.',
    too_new:
      'База данных создана более новой версией Рупора. Установите эту версию снова — текущая не будет трогать файл.',
    unreadable: 'Не удалось открыть файл базы данных Рупора.',
    disk_full:
      'На диске закончилось место, и Рупор не может открыть свои данные. Освободите место на диске и запустите Рупор снова. Данные не изменены.',
    read_only:
      'Рупор не может записывать в свою папку с данными. Проверьте, что папка существует, что это именно папка и что в неё разрешена запись (права доступа, диск не защищён от записи и не отключён), и запустите Рупор снова.',
  },
  en: {
    damaged:
      "Rupor's database file is damaged. Rupor has not changed it. Restore a backup copy from the same folder, or move the file away to start with an empty book.",
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
  const lang = locale.toLowerCase().startsWith('ru') ? 'ru' : 'en'
  const title = lang === 'ru' ? 'Рупор не может открыть данные' : 'Rupor cannot open its data'
  dialog.showErrorBox(title, `${texts[lang][error.problem]}\n\n${error.file}`)
}
