import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readReply, type ReplyReading } from './read-reply'

/** Real phrasings, each with how Rupor must read it. */
const table: readonly (readonly [string, ReplyReading])[] = [
  // Certain stops, Russian
  ['Стоп 🙏', 'stop'],
  ['СТОП!!!', 'stop'],
  ['стоп', 'stop'],
  ['Стоп.', 'stop'],
  ['стопппп', 'stop'],
  ['CTOП', 'stop'], // Latin C, T, O with a Cyrillic П
  ['Отписаться, пожалуйста', 'stop'],
  ['отписаться', 'stop'],
  ['Отписка', 'stop'],
  ['отпишите меня', 'stop'],
  ['Отпишите меня от рассылки, пожалуйста', 'stop'],
  ['не пишите мне больше', 'stop'],
  ['Больше не пишите мне!', 'stop'],
  ['больше не присылайте', 'stop'],
  ['Не присылайте мне ничего', 'stop'],
  ['удалите мой номер', 'stop'],
  ['Удалите меня из рассылки', 'stop'],
  ['уберите меня из списка', 'stop'],
  ['хватит спамить', 'stop'],
  ['Хватит!', 'stop'],
  ['Хватит мне писать', 'stop'],
  ['Прекратите присылать сообщения', 'stop'],
  ['Не надо мне больше писать', 'stop'],
  ['Не беспокойте меня', 'stop'],
  ['Я не хочу получать ваши сообщения', 'stop'],
  ['Здравствуйте, отпишите меня, пожалуйста. Спасибо', 'stop'],
  ['отказываюсь от рассылки', 'stop'],
  ['Остановить рекламу', 'stop'], // Meta's "Stop promotions" button
  // Certain stops, English
  ['Please stop sending me messages', 'stop'],
  ['unsubscribe me', 'stop'],
  ['Unsubscribe', 'stop'],
  ['STOP', 'stop'],
  ['stop!!!', 'stop'],
  ['Stop it', 'stop'],
  ['remove me from your list', 'stop'],
  ['Please remove my number', 'stop'],
  ['take me off your list', 'stop'],
  ['no more messages', 'stop'],
  ["don't text me again", 'stop'],
  ['Do not message me', 'stop'],
  ['opt out', 'stop'],
  ['Opt-out', 'stop'],
  ['END', 'stop'],
  ['quit', 'stop'],
  ['Stop promotions', 'stop'],
  ['leave me alone', 'stop'],
  ['I do not want to receive these messages', 'stop'],
  ['stop texting me', 'stop'],
  ['SТОР', 'stop'], // Cyrillic Т, О, Р among Latin letters
  // Likely: a stop-like phrase in a longer or unclear message
  ['Стоп, а сколько стоит?', 'maybe_stop'],
  ['стоп, я уже купила у вас вчера', 'maybe_stop'],
  ['Отпишите мне, когда будет в наличии', 'maybe_stop'],
  ['не интересно', 'maybe_stop'],
  ['Это спам', 'maybe_stop'],
  ['надоели', 'maybe_stop'],
  ['Not interested', 'maybe_stop'],
  ['wrong number', 'maybe_stop'],
  ['отстаньте', 'maybe_stop'],
  ['Откуда у вас мой номер?', 'maybe_stop'],
  ['Я не просил мне писать', 'maybe_stop'],
  ['How did you get my number?', 'maybe_stop'],
  ['I never signed up for this', 'maybe_stop'],
  ['Stop, how much is delivery to Kazan?', 'maybe_stop'],
  ['Please unsubscribe me, my wife handles orders now', 'maybe_stop'],
  // Not a stop: negations and unrelated uses
  ['не стоп', 'other'],
  ['Не стоп, пишите', 'other'],
  ['стоп-кран', 'other'],
  ['остановка автобуса', 'other'],
  ['Я на остановке', 'other'],
  ['пишите ещё', 'other'],
  ['Не отписывайте меня', 'other'],
  ['хватит ли на всех?', 'other'],
  ['Спасибо, очень понравилось!', 'other'],
  ['Сколько стоит доставка?', 'other'],
  ['non-stop', 'other'],
  ['stop by the shop', 'other'],
  ["I'll stop by the shop tomorrow", 'other'],
  ["can't stop smiling", 'other'],
  ["Don't stop!", 'other'],
  ['bus stop', 'other'],
  ['See you at the end of the day', 'other'],
  ['Thanks!', 'other'],
  ['🙏', 'other'],
  ['', 'other'],
  ['Когда следующая распродажа?', 'other'],
]

describe('reading a reply', () => {
  it.each(table)('%j reads as %s', (text, reading) => {
    expect(readReply(text)).toBe(reading)
  })

  it('covers at least sixty real phrasings in both languages', () => {
    expect(table.length).toBeGreaterThanOrEqual(60)
    expect(table.filter(([t]) => /[а-яё]/iu.test(t)).length).toBeGreaterThanOrEqual(25)
    expect(table.filter(([t]) => /^[^а-яё]*[a-z]/iu.test(t)).length).toBeGreaterThanOrEqual(25)
  })
})

const certainStops = table.filter(([, r]) => r === 'stop').map(([t]) => t)
const decorations = [
  '!',
  '!!!',
  '.',
  '?',
  ',',
  '…',
  '🙏',
  '😡',
  '👍',
  '❤️',
  ' ',
  '"',
  '«',
  '»',
  ')',
  '(',
]

/** Random case, and emoji or punctuation around and between the words (never inside one). */
const decorated = (texts: readonly string[]) =>
  fc
    .record({
      text: fc.constantFrom(...texts),
      seed: fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
      extras: fc.array(fc.constantFrom(...decorations), { minLength: 0, maxLength: 4 }),
      before: fc.constantFrom('', ...decorations),
    })
    .map(({ text, seed, extras, before }) => {
      const cased = Array.from(text)
        .map((ch, i) => (seed[i % seed.length] ? ch.toUpperCase() : ch.toLowerCase()))
        .join('')
      const spaced = cased.replace(/ /gu, () => ` ${extras[0] ?? ''} `)
      return `${before}${spaced}${extras.join('')}`
    })

describe('reading a reply, whatever the spelling', () => {
  it('adding emoji, punctuation or changing case never changes a certain stop', () => {
    fc.assert(fc.property(decorated(certainStops), (text) => readReply(text) === 'stop'))
  })

  it('«не » or "don\'t " before a bare stop word is never a certain stop', () => {
    const bare = [
      'стоп',
      'хватит',
      'отписаться',
      'отписка',
      'отпишите',
      'stop',
      'unsubscribe',
      'STOP',
    ]
    fc.assert(
      fc.property(
        decorated(bare),
        fc.constantFrom('не ', 'Не ', 'НЕ ', "don't ", 'never ', 'not '),
        (word, negation) => readReply(`${negation}${word}`) !== 'stop',
      ),
    )
  })

  it('a stop request followed by an unrelated question is at least likely, never ignored', () => {
    // "END", "quit" and the like are stops only as the whole reply: left out here.
    const phrases = certainStops.filter(
      (t) => !['END', 'quit', 'Stop promotions', 'Остановить рекламу'].includes(t),
    )
    const questions = ['а сколько стоит доставка', 'how much is the red dress', 'когда вы открыты']
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.constantFrom(...questions),
        (stop, question) => readReply(`${stop}. ${question}?`) !== 'other',
      ),
    )
  })

  it('reads any text without failing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(['stop', 'maybe_stop', 'other']).toContain(readReply(text))
      }),
    )
  })
})
