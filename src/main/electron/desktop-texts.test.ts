import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import {
  answerOf,
  appLanguage,
  closeDialog,
  coreLostWords,
  nextSendText,
  trayMenuWords,
} from './desktop-texts'

const zone = 'Europe/Moscow'
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis()
const now = at('2026-12-01T11:00')
const busy = { running: 1, nextSendAt: at('2026-12-01T14:35'), awaitingOwner: false }

describe('the close dialog', () => {
  it('offers to keep sending, to pause and quit, or to stay, in the app’s language', () => {
    const ru = closeDialog({ running: 2, importing: false }, 'ru')
    expect(ru.message).toBe('Рассылка ещё идёт')
    expect(ru.buttons).toEqual(['Продолжать отправку в фоне', 'Приостановить и выйти', 'Отмена'])
    expect(ru.detail).toContain('Рассылок ждут: 2')
    const en = closeDialog({ running: 1, importing: false }, 'en')
    expect(en.buttons).toEqual(['Keep sending in the background', 'Pause and quit', 'Cancel'])
    expect(en.detail).toContain('One campaign is')
    for (const dialog of [ru, en]) {
      expect(dialog.buttons).toHaveLength(dialog.answers.length)
      expect(answerOf(dialog, dialog.defaultId)).toBe('keep_sending')
      expect(answerOf(dialog, dialog.cancelId)).toBe('cancel')
      expect(answerOf(dialog, 1)).toBe('pause_and_quit')
      // Esc or a closed dialog never quits.
      expect(answerOf(dialog, -1)).toBe('cancel')
      expect(answerOf(dialog, 7)).toBe('cancel')
    }
  })

  it('says an import under way is cancelled by a pause and quit', () => {
    expect(closeDialog({ running: 1, importing: true }, 'ru').detail).toContain(
      'Импорт контактов, который идёт сейчас, при выходе будет отменён.',
    )
    expect(closeDialog({ running: 1, importing: true }, 'en').detail).toContain(
      'The contact import under way now will be cancelled if you quit.',
    )
    expect(closeDialog({ running: 1, importing: false }, 'en').detail).not.toContain('import')
  })

  it('with only an import under way, offers to wait for it (the default) or to cancel it and quit', () => {
    const ru = closeDialog({ running: 0, importing: true }, 'ru')
    expect(ru.message).toBe('Контакты ещё загружаются')
    expect(ru.detail).toContain('импорт прервётся')
    expect(ru.buttons).toEqual(['Дождаться конца', 'Отменить импорт и выйти'])
    const en = closeDialog({ running: 0, importing: true }, 'en')
    expect(en.message).toBe('Contacts are still being imported')
    expect(en.buttons).toEqual(['Wait for it to end', 'Cancel the import and quit'])
    for (const dialog of [ru, en]) {
      expect(dialog.buttons).toHaveLength(dialog.answers.length)
      // Enter, Esc or a closed dialog wait: nothing is lost.
      expect(answerOf(dialog, dialog.defaultId)).toBe('cancel')
      expect(answerOf(dialog, dialog.cancelId)).toBe('cancel')
      expect(answerOf(dialog, -1)).toBe('cancel')
      expect(answerOf(dialog, 1)).toBe('stop_import')
    }
  })

  it('speaks the owner’s chosen language, else the system’s', () => {
    expect(appLanguage('en', 'ru-RU')).toBe('en')
    expect(appLanguage(null, 'ru-RU')).toBe('ru')
    expect(appLanguage(null, 'de-DE')).toBe('en')
  })
})

describe('the tray menu', () => {
  it('says when the next message goes out, today or on another day', () => {
    expect(nextSendText(busy, now, 'ru', zone)).toBe('Следующее сообщение: сегодня в 14:35')
    expect(nextSendText(busy, now, 'en', zone)).toBe('Next message: today at 14:35')
    const tomorrow = { ...busy, nextSendAt: at('2026-12-02T10:05') }
    expect(nextSendText(tomorrow, now, 'ru', zone)).toBe('Следующее сообщение: 2 декабря в 10:05')
    expect(nextSendText(tomorrow, now, 'en', zone)).toBe('Next message: 2 December at 10:05')
  })

  it('says when a chat waits for the owner, or when nothing is sending', () => {
    const waiting = { running: 1, nextSendAt: null, awaitingOwner: true }
    expect(nextSendText(waiting, now, 'ru', zone)).toBe('Сообщение ждёт, когда вы его отправите')
    const idle = { running: 0, nextSendAt: null, awaitingOwner: false }
    expect(nextSendText(idle, now, 'en', zone)).toBe('No campaign is sending')
  })

  it('has open, pause all and quit', () => {
    expect(trayMenuWords(busy, now, 'ru', zone)).toMatchObject({
      open: 'Открыть Rupor',
      pauseAll: 'Приостановить все рассылки',
      quit: 'Выйти',
    })
    expect(trayMenuWords(busy, now, 'en', zone)).toMatchObject({
      open: 'Open Rupor',
      pauseAll: 'Pause all campaigns',
      quit: 'Quit',
    })
  })
})

describe('the words when the core’s process stopped', () => {
  it('says in each language whether Rupor started it again or closes', () => {
    expect(coreLostWords('restart', 'ru').message).toBe('Рупор перезапустил свою внутреннюю часть')
    expect(coreLostWords('restart', 'en').message).toBe('Rupor restarted its inner part')
    expect(coreLostWords('restart', 'ru').detail).toMatch(
      /Окно Рупора покажет всё как есть; если оно было открыто, в нём будет подсказка/,
    )
    expect(coreLostWords('restart', 'en').detail).toMatch(
      /The Rupor window shows everything as it is; one that was open says what to do/,
    )
    expect(coreLostWords('give_up', 'ru').detail).toMatch(/Запустите Рупор снова/)
    expect(coreLostWords('give_up', 'en').detail).toMatch(/Start Rupor again/)
  })
})
