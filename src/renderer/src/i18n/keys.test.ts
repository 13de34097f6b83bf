import { describe, expect, it } from 'vitest'
import { errorCodes } from '../../../shared/result'
import { defaultCountryChoices } from '../../../shared/settings'
import { en } from './en'
import { ru } from './ru'

/** Every text with its dotted key, e.g. ["settings.save", "Сохранить"]. */
function flatten(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree as Record<string, unknown>).flatMap(
    ([key, value]): [string, unknown][] =>
      typeof value === 'object' && value !== null
        ? flatten(value, `${prefix}${key}.`)
        : [[`${prefix}${key}`, value]],
  )
}

const placeholders = (text: unknown) =>
  [...String(text).matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((match) => match[1]).sort()

const languages = { ru, en }

describe('translations', () => {
  it('have the same keys in every language', () => {
    const ruKeys = flatten(ru).map(([key]) => key)
    expect(
      flatten(en)
        .map(([key]) => key)
        .sort(),
    ).toEqual([...ruKeys].sort())
  })

  it.each(Object.entries(languages))('has no empty text in %s', (_name, tree) => {
    const empty = flatten(tree).filter(([, value]) => typeof value !== 'string' || !value.trim())
    expect(empty).toEqual([])
  })

  it('use the same {{placeholders}} in every language', () => {
    const enTexts = new Map(flatten(en))
    for (const [key, text] of flatten(ru)) {
      expect(placeholders(enTexts.get(key)), key).toEqual(placeholders(text))
    }
  })

  it('name every API error code and every default country', () => {
    for (const tree of Object.values(languages)) {
      expect(Object.keys(tree.errors)).toEqual(expect.arrayContaining([...errorCodes]))
      expect(Object.keys(tree.countries).sort()).toEqual([...defaultCountryChoices].sort())
    }
  })
})
