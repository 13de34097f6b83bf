// The words of the close dialog and the tray menu, in Russian and English. Plain data built
// here (no Electron), so they are tested as text; close-guard.ts and tray.ts only show them.
import type { CloseAnswer } from '../core/desktop/close-decision'
import type { CampaignActivity } from '../core/desktop/campaign-activity'
import type { Language } from '../../shared/settings'

export const languageOfLocale = (locale: string): Language =>
  locale.toLowerCase().startsWith('ru') ? 'ru' : 'en'

/** The app's language: the owner's setting, else the system's. */
export const appLanguage = (setting: Language | null, locale: string): Language =>
  setting ?? languageOfLocale(locale)

export interface CloseDialog {
  title: string
  message: string
  detail: string
  buttons: string[]
  /** `answers[i]` is what button `i` means. */
  answers: CloseAnswer[]
  defaultId: number
  cancelId: number
}

const closeWords = {
  ru: {
    title: 'Рупор',
    message: 'Рассылка ещё идёт',
    detail: (running: number) =>
      `${running === 1 ? 'Одна рассылка ждёт' : `Рассылок ждут: ${String(running)}`} следующих сообщений. ` +
      'Рупор может продолжить в фоне — его значок останется рядом с часами — или приостановить ' +
      'рассылки и закрыться. Приостановленную рассылку можно продолжить позже.',
    keep: 'Продолжать отправку в фоне',
    pause: 'Приостановить и выйти',
    cancel: 'Отмена',
    importToo: ' Импорт контактов, который идёт сейчас, при выходе будет отменён.',
    importing: {
      message: 'Контакты ещё загружаются',
      detail:
        'Если закрыть Рупор сейчас, импорт прервётся: книга контактов останется такой, какой была ' +
        'до него, и файл придётся загрузить заново (если импорт уже сохраняется, он может успеть ' +
        'закончиться). Дождитесь конца — ход виден на странице импорта.',
      wait: 'Дождаться конца',
      stop: 'Отменить импорт и выйти',
    },
  },
  en: {
    title: 'Rupor',
    message: 'A campaign is still sending',
    detail: (running: number) =>
      `${running === 1 ? 'One campaign is' : `${String(running)} campaigns are`} waiting to send ` +
      'their next messages. Rupor can go on in the background — its icon stays by the clock — or ' +
      'pause the campaigns and quit. A paused campaign can be resumed later.',
    keep: 'Keep sending in the background',
    pause: 'Pause and quit',
    cancel: 'Cancel',
    importToo: ' The contact import under way now will be cancelled if you quit.',
    importing: {
      message: 'Contacts are still being imported',
      detail:
        'If you close Rupor now, the import stops: the contact book stays as it was before it, ' +
        'and the file has to be imported again (if it is already being saved, it may still ' +
        'finish). Wait for it to end — the import page shows how far it is.',
      wait: 'Wait for it to end',
      stop: 'Cancel the import and quit',
    },
  },
}

/**
 * What closing the window asks: about the campaigns still sending (saying an import under way
 * would be cancelled too), or, with none, about the import alone.
 */
export function closeDialog(
  { running, importing }: { running: number; importing: boolean },
  language: Language,
): CloseDialog {
  const words = closeWords[language]
  if (running === 0) {
    return {
      title: words.title,
      message: words.importing.message,
      detail: words.importing.detail,
      buttons: [words.importing.wait, words.importing.stop],
      answers: ['cancel', 'stop_import'],
      // Enter and Esc wait: the choice that loses nothing.
      defaultId: 0,
      cancelId: 0,
    }
  }
  return {
    title: words.title,
    message: words.message,
    detail: words.detail(running) + (importing ? words.importToo : ''),
    buttons: [words.keep, words.pause, words.cancel],
    answers: ['keep_sending', 'pause_and_quit', 'cancel'],
    // Enter keeps sending: the safe choice that loses nothing.
    defaultId: 0,
    cancelId: 2,
  }
}

/** The answer of the button pressed; anything else (Esc, the dialog closed) is `cancel`. */
export const answerOf = (dialog: CloseDialog, response: number): CloseAnswer =>
  dialog.answers[response] ?? 'cancel'

export interface TrayMenuWords {
  tooltip: string
  /** The first, disabled line: the next send, or why there is none. */
  next: string
  open: string
  pauseAll: string
  quit: string
}

const clockTime = (at: number, language: Language, timeZone: string | undefined): string =>
  new Date(at).toLocaleTimeString(language === 'ru' ? 'ru-RU' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  })

const dayOf = (at: number, timeZone: string | undefined): string =>
  new Date(at).toLocaleDateString('en-CA', timeZone ? { timeZone } : {})

const dayAndMonth = (at: number, language: Language, timeZone: string | undefined): string =>
  new Date(at).toLocaleDateString(language === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    ...(timeZone ? { timeZone } : {}),
  })

/** The next send in the computer's own time: "today at 14:35", or its date when not today. */
export function nextSendText(
  activity: CampaignActivity,
  now: number,
  language: Language,
  timeZone?: string,
): string {
  const ru = language === 'ru'
  if (activity.running === 0) return ru ? 'Рассылок сейчас нет' : 'No campaign is sending'
  if (activity.awaitingOwner)
    return ru ? 'Сообщение ждёт, когда вы его отправите' : 'A message is waiting for you to send it'
  const at = activity.nextSendAt
  if (at === null) return ru ? 'Следующее сообщение: скоро' : 'Next message: soon'
  const time = clockTime(at, language, timeZone)
  if (dayOf(at, timeZone) === dayOf(now, timeZone))
    return ru ? `Следующее сообщение: сегодня в ${time}` : `Next message: today at ${time}`
  const day = dayAndMonth(at, language, timeZone)
  return ru ? `Следующее сообщение: ${day} в ${time}` : `Next message: ${day} at ${time}`
}

export function trayMenuWords(
  activity: CampaignActivity,
  now: number,
  language: Language,
  timeZone?: string,
): TrayMenuWords {
  const ru = language === 'ru'
  return {
    tooltip: ru ? 'Рупор — рассылка идёт в фоне' : 'Rupor — sending in the background',
    next: nextSendText(activity, now, language, timeZone),
    open: ru ? 'Открыть Rupor' : 'Open Rupor',
    pauseAll: ru ? 'Приостановить все рассылки' : 'Pause all campaigns',
    quit: ru ? 'Выйти' : 'Quit',
  }
}

export interface CoreLostWords {
  title: string
  message: string
  detail: string
}

/**
 * When the core's process ended on its own: started again (told in a box unless the window is on
 * screen, where its banner says it), or (the second time) Rupor quits.
 */
export function coreLostWords(step: 'restart' | 'give_up', language: Language): CoreLostWords {
  const words = {
    ru: {
      title: 'Рупор',
      restart: {
        message: 'Рупор перезапустил свою внутреннюю часть',
        detail:
          'Она неожиданно остановилась; подробности записаны в журнал. Рассылки продолжатся сами. ' +
          'Окно Рупора покажет всё как есть; если оно было открыто, в нём будет подсказка, что делать. ' +
          'Если последнее действие не сохранилось, повторите его.',
      },
      give_up: {
        message: 'Рупор снова остановился и закроется',
        detail:
          'Его внутренняя часть остановилась второй раз; подробности записаны в журнал. ' +
          'Запустите Рупор снова: рассылки продолжатся с того места, где остановились.',
      },
    },
    en: {
      title: 'Rupor',
      restart: {
        message: 'Rupor restarted its inner part',
        detail:
          'It stopped unexpectedly; the details are in the log. Campaigns carry on by themselves. ' +
          'The Rupor window shows everything as it is; one that was open says what to do. ' +
          'If your last action was not saved, do it again.',
      },
      give_up: {
        message: 'Rupor stopped again and will close',
        detail:
          'Its inner part stopped a second time; the details are in the log. ' +
          'Start Rupor again: campaigns carry on from where they stopped.',
      },
    },
  }[language]
  return { title: words.title, ...words[step] }
}
