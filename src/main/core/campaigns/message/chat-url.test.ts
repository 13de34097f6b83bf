import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assistedOpeners, type AssistedOpener } from '../../../../shared/senders'
import { isAllowedExternalUrl } from '../../security/trusted-url'
import { chatUrl } from './chat-url'

const text = 'Привет, Анна! Скидка 20% & подарок #1 + 🎉\nhttps://shop.ru/?a=1'
const encoded =
  '%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82%2C%20%D0%90%D0%BD%D0%BD%D0%B0!%20' +
  '%D0%A1%D0%BA%D0%B8%D0%B4%D0%BA%D0%B0%2020%25%20%26%20' +
  '%D0%BF%D0%BE%D0%B4%D0%B0%D1%80%D0%BE%D0%BA%20%231%20%2B%20%F0%9F%8E%89' +
  '%0Ahttps%3A%2F%2Fshop.ru%2F%3Fa%3D1'

describe('chatUrl', () => {
  it.each<[AssistedOpener, string]>([
    ['wa_me', `https://wa.me/79161234567?text=${encoded}`],
    ['desktop_app', `whatsapp://send?phone=79161234567&text=${encoded}`],
    ['web', `https://web.whatsapp.com/send?phone=79161234567&text=${encoded}`],
  ])('%s', (opener, expected) => {
    expect(chatUrl('+79161234567', text, opener)).toBe(expected)
  })

  it.each<[AssistedOpener, string]>([
    ['wa_me', 'https://wa.me/15551234567'],
    ['desktop_app', 'whatsapp://send?phone=15551234567'],
    ['web', 'https://web.whatsapp.com/send?phone=15551234567'],
  ])('%s without a text', (opener, expected) => {
    expect(chatUrl('+15551234567', '', opener)).toBe(expected)
  })

  it.each<[string, string, string]>([
    ['spaces as %20, never +', 'a b', 'a%20b'],
    ['newline as %0A', 'a\nb', 'a%0Ab'],
    ['CRLF as one newline', 'a\r\nb', 'a%0Ab'],
    ['a plus', '1+1', '1%2B1'],
    ['a hash and an ampersand', '#1 & 2', '%231%20%26%202'],
    ['an emoji with a skin tone', '👍🏽', '%F0%9F%91%8D%F0%9F%8F%BD'],
    ['half an emoji', 'a\uD83Db', 'a%EF%BF%BDb'],
  ])('encodes %s', (_, message, expected) => {
    expect(chatUrl('+79161234567', message, 'wa_me')).toBe(
      `https://wa.me/79161234567?text=${expected}`,
    )
  })

  it.each([
    '79161234567',
    '+7916',
    '+1234567890123456',
    '+7 916 123-45-67',
    '+7916123456a',
    '',
    '++79161234567',
    '+79161234567\n',
  ])('refuses %j', (e164) => {
    expect(() => chatUrl(e164, 'Hi', 'wa_me')).toThrow(/E\.164/)
  })

  it.each(['+123456', '+123456789012345'])('takes %s (6 and 15 digits)', (e164) => {
    expect(chatUrl(e164, 'Hi', 'web')).toContain(`phone=${e164.slice(1)}&`)
  })

  it('gives links the app may open, for any text and opener', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\+[1-9][0-9]{5,14}$/),
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom(...assistedOpeners),
        (e164, message, opener) => {
          const url = chatUrl(e164, message, opener)
          expect(isAllowedExternalUrl(url)).toBe(true)
          const parsed = new URL(url)
          expect(parsed.searchParams.get('text') ?? '').toBe(message.replace(/\r\n?/g, '\n'))
          expect(url).not.toMatch(/[\s+]/)
        },
      ),
    )
  })
})
