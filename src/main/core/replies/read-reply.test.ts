import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compile, phraseReads, readReply, type ReplyReading } from './read-reply'
import {
  likelyStopPhrases,
  negatingWords,
  notStopPhrases,
  onlyWordStops,
  stopPhrases,
  wholeReplyLikelyStops,
  wholeReplyStops,
} from './stop-phrases'
import { replyWords } from './reply-words'

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
  ['хочу отписаться', 'stop'],
  ['отписываюсь', 'stop'],
  ['отписываюсь от рассылки', 'stop'],
  ['отпишите от рассылки', 'stop'],
  ['отпишитесь от рассылки', 'stop'], // «от рассылки»: about the mailing, whatever the verb form
  ['отпишите мне от рассылки', 'stop'],
  ['Не нужно мне ничего присылать', 'stop'],
  ['не нужна мне ваша рассылка', 'stop'],
  ['Рассылка не нужна', 'stop'],
  ['нe пишите мне', 'stop'], // a Latin "e" in «не»: the neighbouring words are Russian
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
  ['cancel', 'stop'],
  ['Enough!', 'stop'],
  ['Stop promotions', 'stop'],
  ['leave me alone', 'stop'],
  ['I do not want to receive these messages', 'stop'],
  ["I don't want to receive these messages", 'stop'],
  ["I don't want to receive any more messages", 'stop'],
  ['I do not want these messages', 'stop'],
  ['I dont want your messages', 'stop'],
  ['stop texting me', 'stop'],
  ['SТОР', 'stop'], // Cyrillic Т, О, Р among Latin letters
  // Likely: a stop-like phrase in a longer or unclear message
  ['Стоп, а сколько стоит?', 'maybe_stop'],
  ['стоп, я уже купила у вас вчера', 'maybe_stop'],
  // «Отписать(ся)» as "write back": likely at most, never certain.
  ['отпишусь', 'maybe_stop'],
  ['Хорошо, отпишусь', 'maybe_stop'],
  ['отпишу', 'maybe_stop'],
  ['Ок, отпишу', 'maybe_stop'],
  ['Отпишитесь пожалуйста', 'maybe_stop'],
  ['Отписала вам', 'maybe_stop'],
  ['Я вам отписала', 'maybe_stop'],
  ['отпишите, когда придёт', 'maybe_stop'],
  ['Я отписалась', 'maybe_stop'],
  // Bare verbs and refusals, only as the whole reply
  ['удалите', 'maybe_stop'],
  ['Удалить', 'maybe_stop'],
  ['удалить меня', 'maybe_stop'],
  ['уберите', 'maybe_stop'],
  ['Remove', 'maybe_stop'],
  ['remove pls', 'maybe_stop'],
  ['Отказываюсь', 'maybe_stop'],
  ['Отказ', 'maybe_stop'],
  ['мне это не нужно', 'maybe_stop'],
  ["I don't want it", 'maybe_stop'],
  // "cancel", "end"… with any other word: maybe the booking, not the messages
  ['Cancel it', 'maybe_stop'],
  ['yes cancel', 'maybe_stop'],
  ['ok cancel', 'maybe_stop'],
  ['Cancel please', 'maybe_stop'],
  ['end please', 'maybe_stop'],
  // Word order, rude or annoyed
  ['Не надо больше', 'maybe_stop'],
  ['Больше не надо', 'maybe_stop'],
  ['Задолбали', 'maybe_stop'],
  ['Сколько можно писать?!', 'maybe_stop'],
  ['зачем вы мне пишете', 'maybe_stop'],
  ['Пошли вы', 'maybe_stop'],
  ['Идите нафиг', 'maybe_stop'],
  ['Who gave you my number?', 'maybe_stop'],
  // Typos and transliteration
  ['Unsuscribe', 'maybe_stop'],
  ['unsubcribe', 'maybe_stop'],
  ['unsubscibe', 'maybe_stop'],
  ['атписка', 'maybe_stop'],
  ['отпешите', 'maybe_stop'],
  ['отписатся', 'maybe_stop'],
  ['otpiska', 'maybe_stop'],
  ['otpisatsya', 'maybe_stop'],
  ['ne pishite', 'maybe_stop'],
  ['stahp', 'maybe_stop'],
  // Emoji only
  ['🛑', 'maybe_stop'],
  ['✋', 'maybe_stop'],
  ['⛔', 'maybe_stop'],
  ['👎', 'maybe_stop'],
  ['👎🏻 👎🏻', 'maybe_stop'],
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
  ['Do not unsubscribe me', 'other'],
  ['отпишите мне', 'other'], // "write to me"
  ['Отпишите мне, когда будет в наличии', 'other'],
  ['отпишитесь в личку', 'other'],
  ['Cancel my order', 'other'],
  ['Отказываюсь от заказа', 'other'],
  ['How do I subscribe?', 'other'],
  ['описка', 'other'],
  ['🛑🙏', 'other'], // not only stop-like emoji
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
      (t) =>
        !['END', 'quit', 'cancel', 'Enough!', 'Stop promotions', 'Остановить рекламу'].includes(t),
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

  it('"cancel", "end", "quit", "enough" are certain alone, likely with a filler word', () => {
    fc.assert(
      fc.property(
        decorated(['cancel', 'end', 'quit', 'enough']),
        fc.constantFrom('please', 'it', 'yes', 'ok', 'now', 'thanks'),
        fc.boolean(),
        (word, filler, before) => {
          expect(readReply(word)).toBe('stop')
          const text = before ? `${filler} ${word}` : `${word} ${filler}`
          expect(readReply(text)).toBe('maybe_stop')
        },
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

/** The phrase lists, read as their own mini-syntax says. */
describe('the phrase lists', () => {
  const asking = [
    ...stopPhrases,
    ...likelyStopPhrases,
    ...wholeReplyStops,
    ...onlyWordStops,
    ...wholeReplyLikelyStops,
  ]
  const all = [...asking, ...notStopPhrases]
  const slotsOf = (phrase: string) => phrase.split(' ')
  const alternativesOf = (slot: string) => slot.replace(/\?$/u, '').split('|')
  const wordsOf = (alternative: string) => alternative.replace(/^~|\*$/gu, '').split('_')
  const negating = new Set(negatingWords)

  it('are well formed: no empty slot or alternative, "~" only on a stem of 7 letters or more', () => {
    for (const phrase of all) {
      for (const slot of slotsOf(phrase)) {
        for (const alternative of alternativesOf(slot)) {
          expect(alternative, phrase).toMatch(/^~?[^\s|?~*_]+(_[^\s|?~*_]+)*\*?$/u)
          if (alternative.startsWith('~')) {
            expect(alternative.endsWith('*'), phrase).toBe(true)
            expect(Array.from(alternative).length - 2, phrase).toBeGreaterThanOrEqual(7)
          }
        }
      }
    }
  })

  it('spell every word as a reply is folded: one word each, not split or emptied', () => {
    for (const phrase of all) {
      for (const alternative of slotsOf(phrase).flatMap(alternativesOf)) {
        for (const word of wordsOf(alternative)) expect(replyWords(word), phrase).toHaveLength(1)
      }
    }
  })

  it('never mix a negation with a plain word in one slot ("dont|do not" is "dont|do", "not")', () => {
    // A slot offering "dont" or «не» beside a word that is not a negation turns the phrase round
    // for one of its readings; a negation of several words is written "do_not".
    for (const phrase of asking) {
      for (const slot of slotsOf(phrase)) {
        const negations = alternativesOf(slot).map((a) => wordsOf(a).some((w) => negating.has(w)))
        expect(new Set(negations).size, `${phrase}: ${slot}`).toBe(1)
      }
    }
  })

  it('read each alternative of each slot in its place', () => {
    for (const phrase of all) {
      const slots = slotsOf(phrase)
      slots.forEach((slot, at) => {
        for (const alternative of alternativesOf(slot)) {
          const text = slots
            .map((other, i) => (i === at ? alternative : (alternativesOf(other)[0] ?? '')))
            .flatMap(wordsOf)
            .join(' ')
          expect(phraseReads(phrase, text), `${phrase}: ${text}`).toBe(true)
        }
      })
    }
  })

  it('read "dont|do_not want" as two phrases, "dont want" and "do not want"', () => {
    expect(compile('i? dont|do_not want')).toHaveLength(2)
    expect(phraseReads('i? dont|do_not want', 'I do not want')).toBe(true)
    expect(phraseReads('i? dont|do_not want', "don't want")).toBe(true)
    expect(phraseReads('i? dont|do_not want', 'I dont not want')).toBe(false)
    expect(phraseReads('stop do_not?', 'stop')).toBe(true)
    expect(phraseReads('stop do_not?', 'stop do not')).toBe(true)
  })
})
