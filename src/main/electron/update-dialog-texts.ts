// The "Restart to update" question's words, by the app's language (no 'electron' here: tested).
import type { Language } from '../../shared/settings'
import { languageOf } from '../core/db/recovery/recovery-texts'

export interface UpdateQuestion {
  title: string
  message: string
  detail: string
  /** [yes, no]: the first restarts, the second (also Esc) puts it off. */
  buttons: [string, string]
}

/** The Settings' language, or the system's when the owner left it to the system (null). */
export function updateQuestion(
  version: string,
  setting: Language | null,
  locale: string,
): UpdateQuestion {
  return (setting ?? languageOf(locale)) === 'ru'
    ? {
        title: 'Обновление Рупора',
        message: `Версия ${version} загружена. Перезапустить Рупор сейчас, чтобы её установить?`,
        detail:
          'Ни одна рассылка сейчас не отправляется. Перезапуск займёт меньше минуты; рассылки на паузе и в расписании останутся как есть. Можно и позже: кнопка есть в Настройках.',
        buttons: ['Перезапустить сейчас', 'Позже'],
      }
    : {
        title: 'Rupor update',
        message: `Version ${version} is downloaded. Restart Rupor now to install it?`,
        detail:
          'No campaign is sending right now. The restart takes under a minute; paused and scheduled campaigns stay as they are. You can also do it later from Settings.',
        buttons: ['Restart now', 'Later'],
      }
}

/** The updater's error, short and on one line, for Settings (no stack, no long URL lists). */
export function updateErrorReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const line = text.split('\n')[0]?.trim() ?? ''
  return line.length > 160 ? `${line.slice(0, 159)}…` : line || 'unknown error'
}
