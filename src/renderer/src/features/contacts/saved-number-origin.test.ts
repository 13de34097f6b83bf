import { describe, expect, it } from 'vitest'
import { testI18n } from '../../i18n/test-i18n'
import { savedNumberOrigin } from './saved-number-origin'

const i18n = testI18n()
const fifthDecember = new Date(2026, 11, 5, 12).getTime()
const now = new Date(2026, 11, 20).getTime()

const contact = {
  savedNumber: 'yes' as const,
  savedNumberSource: 'owner' as const,
  savedNumberAt: fifthDecember,
  consentSource: 'import: clients.csv',
  consentAt: 1,
}

describe('where "saved our number" came from, in words', () => {
  it('says who said so and when, in the owner’s language', () => {
    const t = i18n.getFixedT('ru')
    expect(savedNumberOrigin(contact, t, 'ru', now)).toBe('отметили вы, 5 дек.')
    expect(savedNumberOrigin(contact, i18n.getFixedT('en'), 'en', now)).toBe('marked by you, Dec 5')
    expect(savedNumberOrigin({ ...contact, savedNumberSource: 'wrote_first' }, t, 'ru', now)).toBe(
      'клиент написал нам первым, 5 дек.',
    )
  })

  it('names the file when the same import recorded the consent, and the year when not this one', () => {
    const t = i18n.getFixedT('ru')
    const imported = { ...contact, savedNumberSource: 'import' as const, consentAt: fifthDecember }
    expect(savedNumberOrigin(imported, t, 'ru', now)).toBe('из файла clients.csv, 5 дек.')
    expect(savedNumberOrigin({ ...imported, consentAt: 1 }, t, 'ru', now)).toBe('из файла, 5 дек.')
    expect(savedNumberOrigin(imported, t, 'ru', new Date(2027, 0, 2).getTime())).toMatch(
      /^из файла clients\.csv, 5 дек\. 2026/,
    )
  })

  it('says nothing while unknown', () => {
    const t = i18n.getFixedT('ru')
    expect(
      savedNumberOrigin(
        { ...contact, savedNumber: 'unknown', savedNumberSource: null, savedNumberAt: null },
        t,
        'ru',
      ),
    ).toBeUndefined()
  })
})
