import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { zoneInWords, zoneMatches } from './zone-in-words'

/** Fixed moments: the offset follows the date (Berlin and New York have summer time). */
const winter = Date.UTC(2026, 0, 15, 12)
const summer = Date.UTC(2026, 6, 15, 12)

describe('a time zone in words', () => {
  it.each([
    ['Europe/Moscow', 'Москва, GMT+3', 'Moscow, GMT+3'],
    ['Asia/Yekaterinburg', 'Екатеринбург, GMT+5', 'Yekaterinburg, GMT+5'],
    ['Europe/Kaliningrad', 'Калининград, GMT+2', 'Kaliningrad, GMT+2'],
    ['Asia/Vladivostok', 'Владивосток, GMT+10', 'Vladivostok, GMT+10'],
    ['Europe/Berlin', 'Берлин, GMT+1', 'Berlin, GMT+1'],
    ['America/New_York', 'Нью-Йорк, GMT-5', 'New York, GMT-5'],
  ])('%s in winter: «%s» / "%s"', (zone, ru, en) => {
    expect(zoneInWords(zone, winter, 'ru')).toBe(ru)
    expect(zoneInWords(zone, winter, 'en')).toBe(en)
  })

  it('follows summer time where the zone has it, and not where it has none', () => {
    expect(zoneInWords('Europe/Berlin', summer, 'ru')).toBe('Берлин, GMT+2')
    expect(zoneInWords('America/New_York', summer, 'en')).toBe('New York, GMT-4')
    expect(zoneInWords('Europe/Moscow', summer, 'ru')).toBe('Москва, GMT+3')
  })

  it('names a zone it has no words for by the last part of its id', () => {
    expect(zoneInWords('America/Sao_Paulo', winter, 'ru')).toBe('Sao Paulo, GMT-3')
    expect(zoneInWords('Asia/Kolkata', winter, 'en')).toBe('Kolkata, GMT+5:30')
    expect(zoneInWords('Europe/London', winter, 'en')).toBe('London, GMT+0')
  })

  it('says UTC for universal time, and an unknown zone as its id reads', () => {
    expect(zoneInWords('UTC', winter, 'ru')).toBe('UTC')
    expect(zoneInWords('Etc/GMT+5', winter, 'ru')).toBe('GMT-5')
    expect(zoneInWords('Mars/Olympus_Mons', winter, 'en')).toBe('Mars/Olympus Mons')
  })

  it('never shows an id with slashes or underscores for any zone Intl knows', () => {
    const zones = Intl.supportedValuesOf('timeZone')
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.constantFrom('ru', 'en'), (zone, language) => {
        expect(zoneInWords(zone, winter, language)).not.toMatch(/[/_]/)
      }),
    )
  })
})

describe('searching the zones', () => {
  it('finds a zone by its words or by its id', () => {
    const words = zoneInWords('Europe/Moscow', winter, 'ru')
    expect(zoneMatches('Europe/Moscow', words, 'моск')).toBe(true)
    expect(zoneMatches('Europe/Moscow', words, 'europe/mos')).toBe(true)
    expect(zoneMatches('Europe/Moscow', words, 'GMT+3')).toBe(true)
    expect(zoneMatches('America/New_York', 'Нью-Йорк, GMT-5', 'new york')).toBe(true)
    expect(zoneMatches('Europe/Moscow', words, 'берлин')).toBe(false)
  })
})
