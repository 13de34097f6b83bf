import { describe, expect, it } from 'vitest'
import { longFromCharacters, measureMessage, tooLongFromCharacters } from './message-length'

describe('measureMessage', () => {
  it.each<[string, string, number]>([
    ['empty', '', 0],
    ['Latin', 'Sale', 4],
    ['Cyrillic', 'Привет', 6],
    ['spaces and a newline', 'a b\nc', 5],
    ['a simple emoji', '🎉', 1],
    ['an emoji with a skin tone', '👍🏽', 1],
    ['a family (ZWJ sequence)', '👨‍👩‍👧‍👦', 1],
    ['a flag', '🇷🇺', 1],
    ['a keycap', '1️⃣', 1],
    ['й as и and a combining breve', 'и\u0306', 1],
    ['a mixed greeting', 'Привет, Анна! 🌹🌹', 16],
  ])('%s', (_, text, characters) => {
    expect(measureMessage(text).characters).toBe(characters)
  })

  it('warns early and flags long messages well under the 4096 limit', () => {
    expect(longFromCharacters).toBe(500)
    expect(tooLongFromCharacters).toBe(1000)
  })

  it.each<[number, 'ok' | 'long' | 'too_long']>([
    [0, 'ok'],
    [499, 'ok'],
    [500, 'long'],
    [999, 'long'],
    [1000, 'too_long'],
    [4096, 'too_long'],
  ])('%i characters: %s', (characters, level) => {
    expect(measureMessage('я'.repeat(characters))).toEqual({ characters, level })
  })

  it('counts graphemes, not UTF-16 units, against the thresholds', () => {
    const emoji = '👨‍👩‍👧‍👦'.repeat(499)
    expect(emoji.length).toBeGreaterThan(tooLongFromCharacters)
    expect(measureMessage(emoji)).toEqual({ characters: 499, level: 'ok' })
  })
})
