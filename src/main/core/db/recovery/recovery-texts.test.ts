import { describe, expect, it } from 'vitest'
import type { RecoveryChoices, RecoveryCopy } from './recovery-choices'
import {
  languageOf,
  numbersText,
  recoveryDialog,
  recoveryDoneText,
  recoveryInstructions,
} from './recovery-texts'

const mondayCopy: RecoveryCopy = {
  name: 'rupor-2026-01-05T06-00-00Z.db',
  takenAt: Date.UTC(2026, 0, 5, 6, 0, 0),
  location: 'main',
  folder: '/home/anna/.config/Rupor/backups',
}
const withCopy: RecoveryChoices = {
  dataDir: '/home/anna/.config/Rupor',
  copy: mondayCopy,
  damaged: { readable: true, complete: false, optOuts: 10 },
  optOutsKept: 12,
}
const withoutCopy: RecoveryChoices = {
  ...withCopy,
  copy: undefined,
  damaged: { readable: true, complete: true, optOuts: 1 },
  optOutsKept: 1,
}
const fromStick: RecoveryChoices = {
  ...withCopy,
  copy: { ...mondayCopy, location: 'mirror', folder: '/media/anna/STICK/Рупор' },
}
const moscow = 'Europe/Moscow'

describe('what the owner of a damaged database is offered', () => {
  it('offers the copy by its date, starting empty with the count, and quitting as the default (ru)', () => {
    const dialog = recoveryDialog(withCopy, 'ru', moscow)
    expect(dialog.buttons).toEqual([
      'Восстановить копию от 5 января 2026 г., 09:00',
      'Начать с пустой базы, сохранив список отписавшихся (12 номеров)',
      'Выйти',
    ])
    expect(dialog.actions).toEqual(['newest-copy', 'empty-keeping-opt-outs', 'quit'])
    expect([dialog.defaultId, dialog.cancelId]).toEqual([2, 2])
    expect(dialog.detail).toContain('rupor.damaged-<дата>.db')
    expect(dialog.detail).toContain('/home/anna/.config/Rupor')
    expect(dialog.detail).toContain('Часть повреждённого файла прочитать не удалось.')
    expect(dialog.detail).toContain(
      'Пустая база сохранит и то, что повреждённый файл ещё помнит о вашем номере WhatsApp',
    )
  })

  it('offers no restore when no copy passes the checks, and says why (en)', () => {
    const dialog = recoveryDialog(withoutCopy, 'en', moscow)
    expect(dialog.buttons).toEqual(['Start empty, keeping the opt-out list (1 number)', 'Quit'])
    expect(dialog.actions).toEqual(['empty-keeping-opt-outs', 'quit'])
    expect([dialog.defaultId, dialog.cancelId]).toEqual([1, 1])
    expect(dialog.detail).toContain('No daily copy passes the checks')
    expect(dialog.detail).toContain('keeps it in /home/anna/.config/Rupor')
    expect(dialog.detail).not.toContain('copy,')
    expect(dialog.detail).toContain(
      'An empty start also keeps what the damaged file still tells of your WhatsApp number: the record of the messages it sent and of its blocks.',
    )
  })

  it('says the date in English as the owner reads it', () => {
    expect(recoveryDialog(withCopy, 'en', moscow).buttons[0]).toBe(
      'Restore the copy of 5 January 2026, 09:00',
    )
  })

  it.each([
    [1, '1 номер'],
    [3, '3 номера'],
    [5, '5 номеров'],
    [11, '11 номеров'],
    [21, '21 номер'],
    [0, '0 номеров'],
  ])('counts %i as «%s»', (count, text) => {
    expect(numbersText(count, 'ru')).toBe(text)
  })

  it('prints each choice with the command that makes it, for the host', () => {
    const text = recoveryInstructions(
      withCopy,
      'en',
      (action) => `rupor --recover ${action}`,
      moscow,
    )
    expect(text).toContain(
      '1. Restore the copy of 5 January 2026, 09:00\n     To choose this, run:\n       rupor --recover newest-copy',
    )
    expect(text).toContain(
      '2. Start empty, keeping the opt-out list (12 numbers)\n     To choose this, run:\n       rupor --recover empty-keeping-opt-outs',
    )
    expect(text).not.toContain('Quit')
  })

  it('says a copy is from the second folder, and where that is, in the offer and when done', () => {
    const ru = recoveryDialog(fromStick, 'ru', moscow)
    expect(ru.buttons[0]).toBe('Восстановить копию от 5 января 2026 г., 09:00 из второй папки')
    expect(ru.detail).toContain(
      'Копия от 5 января 2026 г., 09:00 из второй папки для копий (/media/anna/STICK/Рупор) — самая новая',
    )
    const en = recoveryInstructions(
      fromStick,
      'en',
      (action) => `rupor --recover ${action}`,
      moscow,
    )
    expect(en).toContain('1. Restore the copy of 5 January 2026, 09:00 from the second folder\n')
    expect(en).toContain('in the second backup folder (/media/anna/STICK/Рупор) is the newest')
    // The main folder's copy is offered as it always was, with no folder named.
    expect(recoveryDialog(withCopy, 'en', moscow).detail).not.toContain('backups')
    const done = { keptAs: '/d/rupor.damaged-x.db', optOutsKept: 2, restored: fromStick.copy }
    expect(recoveryDoneText(done, 'ru', moscow)).toBe(
      'Восстановлена копия от 5 января 2026 г., 09:00 из второй папки для копий (/media/anna/STICK/Рупор). В списке отписавшихся 2 номера.\n\nПовреждённый файл сохранён как /d/rupor.damaged-x.db.',
    )
  })

  it('says what was done', () => {
    expect(
      recoveryDoneText({ keptAs: '/d/rupor.damaged-x.db', optOutsKept: 2 }, 'ru', moscow),
    ).toBe(
      'Рупор начал с пустой базы. В списке отписавшихся 2 номера.\n\nПовреждённый файл сохранён как /d/rupor.damaged-x.db.',
    )
  })

  it('speaks Russian to a Russian locale and English to any other', () => {
    expect([languageOf('ru'), languageOf('ru-RU'), languageOf('en-US'), languageOf('de')]).toEqual([
      'ru',
      'ru',
      'en',
      'en',
    ])
  })
})
