import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '../security/trusted-url'
import { optInUrl } from './opt-in-link'
import { optInText } from './opt-in-words'

describe('the opt-in link', () => {
  it('opens the shop’s number with the Russian ready text, percent-encoded as UTF-8', () => {
    const url = optInUrl('+79161234567', 'Цветы на Садовой', 'ru')
    expect(url).toBe(
      'https://wa.me/79161234567?text=' +
        '%D0%A5%D0%BE%D1%87%D1%83%20%D0%BF%D0%BE%D0%BB%D1%83%D1%87%D0%B0%D1%82%D1%8C%20' +
        '%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8%20' +
        '%C2%AB%D0%A6%D0%B2%D0%B5%D1%82%D1%8B%20%D0%BD%D0%B0%20' +
        '%D0%A1%D0%B0%D0%B4%D0%BE%D0%B2%D0%BE%D0%B9%C2%BB',
    )
    expect(decodeURIComponent(new URL(url).search.slice('?text='.length))).toBe(
      'Хочу получать новости «Цветы на Садовой»',
    )
  })

  it('says it in English with the name in quotes, spaces as %20 (never "+")', () => {
    expect(optInUrl('+15551234567', 'Flowers & Co', 'en')).toBe(
      "https://wa.me/15551234567?text=I'd%20like%20to%20get%20news%20from%20%E2%80%9CFlowers%20%26%20Co%E2%80%9D",
    )
  })

  it('does not quote a name twice when the owner wrote it in quotes', () => {
    expect(optInText('«Цветы на Садовой»', 'ru')).toBe('Хочу получать новости «Цветы на Садовой»')
    expect(optInText('"Flowers"', 'en')).toBe("I'd like to get news from “Flowers”")
  })

  it('refuses a number that is not E.164 rather than open the wrong chat', () => {
    expect(() => optInUrl('89161234567', 'Цветы', 'ru')).toThrow(/E\.164/)
  })

  it('decodes back to the ready text for any shop name, and WhatsApp links are the only kind opened', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }),
        fc.constantFrom('ru' as const, 'en' as const),
        (name, language) => {
          const url = optInUrl('+79161234567', name, language)
          expect(url.startsWith('https://wa.me/79161234567?text=')).toBe(true)
          expect(url).not.toMatch(/[\s+]/)
          const text = decodeURIComponent(url.slice(url.indexOf('?text=') + 6))
          expect(text).toBe(optInText(name, language).replace(/\r\n?/g, '\n'))
          expect(isAllowedExternalUrl(url)).toBe(true)
        },
      ),
    )
  })
})
