import { describe, expect, it } from 'vitest'
import { backupRefusals } from '../../../../shared/backups'
import { ApiCallError } from '../../api/errors'
import { en } from '../../i18n/en'
import { ru } from '../../i18n/ru'
import { testI18n } from '../../i18n/test-i18n'
import { restoreErrorText, sizeText } from './backup-texts'

const i18n = testI18n()

const refused = (problem: string) =>
  new ApiCallError({
    code: 'file_problem',
    message: 'This copy cannot be restored.',
    details: { problem },
  })

describe('why a restore failed', () => {
  it.each(backupRefusals)(
    'says %s in the owner’s language, and that nothing changed',
    async (problem) => {
      await i18n.changeLanguage('ru')
      expect(restoreErrorText(refused(problem), i18n.t)).toBe(ru.backups.refused[problem])
      expect(ru.backups.refused[problem]).toContain('не изменились')
      await i18n.changeLanguage('en')
      expect(restoreErrorText(refused(problem), i18n.t)).toBe(en.backups.refused[problem])
      expect(en.backups.refused[problem]).toContain('has not changed')
    },
  )

  it('asks to wait while an import is running', async () => {
    await i18n.changeLanguage('en')
    const busy = new ApiCallError({
      code: 'wrong_state',
      message: 'Wait for the import to finish, then restore.',
      details: { state: 'importing' },
    })
    expect(restoreErrorText(busy, i18n.t)).toBe(en.backups.busyImporting)
  })

  it('asks to wait while a broadcast list is being built, in both languages', async () => {
    const building = new ApiCallError({
      code: 'wrong_state',
      message: 'Wait for the list to be built, then restore.',
      details: { state: 'building_lists' },
    })
    await i18n.changeLanguage('ru')
    expect(restoreErrorText(building, i18n.t)).toBe(ru.backups.busyBuildingLists)
    expect(ru.backups.busyBuildingLists).toContain('не изменились')
    await i18n.changeLanguage('en')
    expect(restoreErrorText(building, i18n.t)).toBe(en.backups.busyBuildingLists)
    expect(en.backups.busyBuildingLists).not.toBe(en.backups.busyImporting)
  })

  it('falls back to the general error text for anything else', async () => {
    await i18n.changeLanguage('en')
    expect(restoreErrorText(new ApiCallError({ code: 'not_found', message: 'x' }), i18n.t)).toBe(
      en.errors.not_found,
    )
    expect(restoreErrorText(refused('unbalanced_quote'), i18n.t)).toBe(en.errors.file_problem)
  })
})

describe("a copy's size", () => {
  it("is written in the language's own units", () => {
    // The spaces and the letter case are ICU's (CLDR data), so only the words are pinned here.
    expect(sizeText(19, 'ru')).toMatch(/^19\sБ$/)
    expect(sizeText(200_704, 'ru')).toMatch(/^196\s[кК]Б$/)
    expect(sizeText(200_704, 'en')).toMatch(/^196\skB$/)
    expect(sizeText(3_460_000, 'en')).toMatch(/^3\.3\sMB$/)
  })
})
