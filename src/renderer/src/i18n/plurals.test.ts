// Every counted Russian text, rendered the way the app renders it, at the counts where Russian
// changes the word: 1 контакт, 2 контакта, 5 контактов, 11 контактов, 21 контакт, 22 контакта,
// 25 контактов. i18next picks the form by Intl.PluralRules; a missing form falls back to another
// form, to the bare key or to English without any error, so each is checked here.
import { describe, expect, it } from 'vitest'
import { en } from './en'
import { ru } from './ru'
import { testI18n } from './test-i18n'

const i18n = testI18n()
/** Keys here are read from the dictionaries at run time, not written out, so i18next cannot type them. */
const translate = i18n.t.bind(i18n) as (key: string, options: Record<string, unknown>) => string

const pluralForms = ['one', 'few', 'many', 'other'] as const
type PluralForm = (typeof pluralForms)[number]

/** Every text with its dotted key, e.g. ["contacts.count_one", "{{count,number}} контакт"]. */
function flatten(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree as Record<string, unknown>).flatMap(
    ([key, value]): [string, string][] =>
      typeof value === 'object' && value !== null
        ? flatten(value, `${prefix}${key}.`)
        : [[`${prefix}${key}`, String(value)]],
  )
}

const ruTexts = new Map(flatten(ru))
const enTexts = new Map(flatten(en))
const pluralSuffix = /_(one|few|many|other)$/

/** "contacts.count" for contacts.count_one, _few, _many and _other. */
const pluralKeys = [
  ...new Set([...ruTexts.keys()].filter((key) => pluralSuffix.test(key)).map(baseOf)),
].sort()

function baseOf(key: string): string {
  return key.replace(pluralSuffix, '')
}

/**
 * The Russian form each count takes, written out by hand (not read from Intl) so that the test
 * also catches a runtime whose plural rules are wrong: 11 is "many" although it ends in 1.
 */
const russianForm: [count: number, form: PluralForm][] = [
  [1, 'one'],
  [2, 'few'],
  [5, 'many'],
  [11, 'many'],
  [21, 'one'],
  [22, 'few'],
  [25, 'many'],
]

const placeholderNames = (text: string) =>
  [...text.matchAll(/\{\{\s*([^},\s]+)/g)].map((match) => match[1] ?? '')

/** A value for every placeholder other than the count: 7, which reads the same formatted or not. */
function fillersFor(key: string): Record<string, number> {
  const names = pluralForms.flatMap((form) => placeholderNames(ruTexts.get(`${key}_${form}`) ?? ''))
  return Object.fromEntries(names.filter((name) => name !== 'count').map((name) => [name, 7]))
}

/** The text the app should show: the form's own text with the count written as i18next writes it. */
function expected(
  key: string,
  form: PluralForm,
  count: number,
  language: 'ru' | 'en' = 'ru',
): string {
  const fillers = fillersFor(key)
  const texts = language === 'ru' ? ruTexts : enTexts
  return (texts.get(`${key}_${form}`) ?? '').replace(
    /\{\{\s*([^},\s]+)(?:\s*,\s*number)?\s*\}\}/g,
    (_whole, name: string) =>
      name === 'count' ? new Intl.NumberFormat(language).format(count) : String(fillers[name]),
  )
}

describe('Russian plural texts', () => {
  it('exist', () => {
    expect(pluralKeys.length).toBeGreaterThan(30)
  })

  it.each(pluralKeys)('%s has the _one, _few, _many and _other forms', (key) => {
    for (const form of pluralForms) {
      expect(ruTexts.get(`${key}_${form}`)?.trim(), `${key}_${form}`).toBeTruthy()
    }
  })

  it.each(pluralKeys)('%s takes the right form at 1, 2, 5, 11, 21, 22 and 25', (key) => {
    for (const [count, form] of russianForm) {
      const shown = translate(key, { lng: 'ru', count, ...fillersFor(key) })
      expect(shown, `${key} at ${String(count)}`).toBe(expected(key, form, count))
      expect(shown, `${key} at ${String(count)}`).not.toMatch(/\{\{|\}\}/)
      expect(shown, `${key} at ${String(count)}`).toMatch(/[а-яё]/i)
      expect(shown, `${key} at ${String(count)} is the English text`).not.toBe(
        translate(key, { lng: 'en', count, ...fillersFor(key) }),
      )
    }
  })

  it('read as a native speaker expects (one line per text: 1 · 2 · 5 · 11 · 21 · 22 · 25)', () => {
    const table = pluralKeys.map(
      (key) =>
        `${key}: ${russianForm
          .map(([count]) => translate(key, { lng: 'ru', count, ...fillersFor(key) }))
          .join(' · ')
          .replace(/\u00a0/g, ' ')}`,
    )
    expect(table.join('\n')).toMatchSnapshot()
  })

  it('are the only texts where a count is followed by a word that agrees with it', () => {
    // "{{count}} ч", "{{count}} мин", "{{count}} дн." do not change with the number; any other
    // word after a count must change, so it needs the four forms.
    const invariantUnits = new Set(['с', 'мин', 'ч', 'дн', 'МБ', 'симв'])
    const unpluralised = [...ruTexts]
      .filter(([key]) => !pluralSuffix.test(key))
      .flatMap(([key, text]) =>
        [...text.matchAll(/\{\{\s*count(?:\s*,\s*number)?\s*\}\}[\s\u00a0]+([а-яё]+)/giu)]
          .map((match) => match[1] ?? '')
          .filter((word) => !invariantUnits.has(word))
          .map((word) => `${key}: … ${word}`),
      )
    expect(unpluralised).toEqual([])
  })
})

describe('English plural texts', () => {
  it.each(pluralKeys)('%s says 1 in the singular and 2, 5, 11, 21 in the plural', (key) => {
    for (const count of [1, 2, 5, 11, 21]) {
      const form = count === 1 ? 'one' : 'other'
      const shown = translate(key, { lng: 'en', count, ...fillersFor(key) })
      expect(enTexts.get(`${key}_${form}`)?.trim(), `${key}_${form}`).toBeTruthy()
      expect(shown, `${key} at ${String(count)}`).toBe(expected(key, form, count, 'en'))
      expect(shown, `${key} at ${String(count)}`).not.toMatch(/\{\{|\}\}/)
      expect(shown, `${key} at ${String(count)}`).not.toMatch(/[а-яё]/i)
    }
  })
})
