import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { testI18n } from '../../i18n/test-i18n'
import { placeholderInWords } from './placeholder-words'

const i18n = testI18n()

describe('a placeholder in words', () => {
  it.each([
    ['{{first_name|друг}}', 'Имя (если нет — «друг»)'],
    ['{{ first_name | дорогой друг }}', 'Имя (если нет — «дорогой друг»)'],
    ['{{first_name}}', 'Имя'],
    ['{{first_name|}}', 'Имя'],
    ['{{shop}}', 'Название магазина'],
    ['{{shop|наш магазин}}', 'Название магазина (если нет — «наш магазин»)'],
    ['{{middle_name}}', 'Отчество'],
  ])('in Russian: %s → %s', (raw, words) => {
    expect(placeholderInWords(raw, i18n.getFixedT('ru'))).toBe(words)
  })

  it.each([
    ['{{first_name|friend}}', 'First name (or “friend”)'],
    ['{{shop}}', 'Shop name'],
    ['{{name}}', 'Full name'],
  ])('in English: %s → %s', (raw, words) => {
    expect(placeholderInWords(raw, i18n.getFixedT('en'))).toBe(words)
  })

  it('leaves what it does not know as written', () => {
    const t = i18n.getFixedT('ru')
    expect(placeholderInWords('{{city|Москва}}', t)).toBe('{{city|Москва}}')
    expect(placeholderInWords('{{First_Name}}', t)).toBe('{{First_Name}}')
    expect(placeholderInWords('Привет, {{first_name}}', t)).toBe('Привет, {{first_name}}')
  })

  it('never shows the braces of a field it knows', () => {
    const field = fc.constantFrom('first_name', 'middle_name', 'name', 'last_name', 'shop', 'phone')
    const fallback = fc.option(fc.string().filter((s) => !/[{}\n]/.test(s)))
    fc.assert(
      fc.property(field, fallback, fc.constantFrom('ru', 'en'), (name, instead, language) => {
        const raw = instead === null ? `{{${name}}}` : `{{${name}|${instead}}}`
        const words = placeholderInWords(raw, i18n.getFixedT(language))
        // Neither braces nor the field's id ("first_name") are what the owner reads.
        const fallbackShown = instead?.trim() ?? ''
        const shown = fallbackShown === '' ? words : words.replace(fallbackShown, '')
        expect(shown).not.toMatch(/[{}_|]/)
        // "name" is an English word as well as an id ("Full name").
        if (name !== 'name') expect(shown).not.toContain(name)
      }),
    )
  })
})
