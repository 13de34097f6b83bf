import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { messageFieldNames, type MessageFields } from './message-fields'
import { defaultOptOutLine } from './opt-out-line'
import { placeholdersIn, replacePlaceholders } from './placeholders'
import { renderMessage, type MessageTemplate } from './render-message'

const anna: MessageFields = {
  first_name: 'Анна',
  middle_name: 'Петровна',
  last_name: 'Петрова',
  name: 'Анна Петрова',
  email: 'anna@example.ru',
  notes: 'любит розы 🌹',
  phone: '+79161234567',
  shop: 'Цветы на Садовой',
}
const nobody: MessageFields = {
  first_name: '',
  middle_name: '',
  last_name: '',
  name: '',
  email: '',
  notes: '',
  phone: '+79161234567',
  shop: '',
}
const plain: MessageTemplate = {
  text: '',
  appendOptOut: false,
  optOutLine: '',
  utm: false,
  utmCampaign: '',
}
const stop = defaultOptOutLine('ru')

describe('renderMessage', () => {
  it.each<[string, Partial<MessageTemplate>, MessageFields, string]>([
    ['a field', { text: 'Привет, {{first_name}}!' }, anna, 'Привет, Анна!'],
    ['spaces inside the braces', { text: 'Привет, {{ name }}!' }, anna, 'Привет, Анна Петрова!'],
    [
      'every field',
      { text: '{{first_name}}|{{last_name}}|{{name}}|{{email}}|{{notes}}|{{phone}}' },
      anna,
      'Анна|Петрова|Анна Петрова|anna@example.ru|любит розы 🌹|+79161234567',
    ],
    ['a fallback not needed', { text: 'Привет, {{first_name|друг}}!' }, anna, 'Привет, Анна!'],
    [
      'the shop’s name',
      { text: '{{first_name}}, это {{shop}}.' },
      anna,
      'Анна, это Цветы на Садовой.',
    ],
    [
      'the shop’s fallback when Settings has no name',
      { text: 'Это {{shop|ваш цветочный}}.' },
      nobody,
      'Это ваш цветочный.',
    ],
    [
      'a fallback for an empty field',
      { text: 'Привет, {{first_name|друг}}!' },
      nobody,
      'Привет, друг!',
    ],
    [
      'a fallback for a blank field',
      { text: 'Привет, {{ first_name | друг }}!' },
      { ...nobody, first_name: '  ' },
      'Привет, друг!',
    ],
    ['an emoji fallback', { text: 'Hi {{first_name|🌸}}' }, nobody, 'Hi 🌸'],
    ['an empty field without a fallback', { text: 'Привет, {{first_name}}!' }, nobody, 'Привет, !'],
    ['an empty fallback', { text: 'A{{notes|}}B' }, nobody, 'AB'],
    [
      'a value is trimmed',
      { text: '[{{first_name}}]' },
      { ...anna, first_name: ' Анна ' },
      '[Анна]',
    ],
    [
      'an unknown placeholder stays',
      { text: 'Из {{city|Москвы}}, {{ имя }}' },
      anna,
      'Из {{city|Москвы}}, {{ имя }}',
    ],
    [
      'an unclosed placeholder stays',
      { text: 'Привет, {{first_name' },
      anna,
      'Привет, {{first_name',
    ],
    [
      'a value is never read as a placeholder',
      { text: '{{notes}}' },
      { ...anna, notes: '{{first_name}}' },
      '{{first_name}}',
    ],
    [
      'stray braces that spell a placeholder once filled stay: one pass',
      { text: '{{{notes}}{name}}' },
      nobody,
      '{{name}}',
    ],
    ['trailing whitespace trimmed', { text: 'Привет!  \n\n ' }, anna, 'Привет!'],
    ['leading whitespace kept', { text: '  Привет!' }, anna, '  Привет!'],
    [
      'an empty field at the end leaves no space',
      { text: 'Привет, {{first_name}}' },
      nobody,
      'Привет,',
    ],
    [
      'the opt-out line after a blank line',
      { text: 'Скидки 20%!', appendOptOut: true, optOutLine: stop },
      anna,
      `Скидки 20%!\n\n${stop}`,
    ],
    [
      'the opt-out line after trailing newlines',
      { text: 'Скидки 20%!\n\n\n', appendOptOut: true, optOutLine: stop },
      anna,
      `Скидки 20%!\n\n${stop}`,
    ],
    [
      'the opt-out line trimmed',
      { text: 'Sale', appendOptOut: true, optOutLine: '  Reply STOP  ' },
      anna,
      'Sale\n\nReply STOP',
    ],
    [
      'no opt-out line when it is off',
      { text: 'Sale', appendOptOut: false, optOutLine: stop },
      anna,
      'Sale',
    ],
    [
      'no opt-out line when it is empty',
      { text: 'Sale', appendOptOut: true, optOutLine: '  ' },
      anna,
      'Sale',
    ],
    [
      'no second opt-out line when the text ends with it',
      { text: `Скидки!\n\n${stop}\n`, appendOptOut: true, optOutLine: stop },
      anna,
      `Скидки!\n\n${stop}`,
    ],
    [
      'the opt-out line when the text only mentions it earlier',
      { text: `${stop}\nСкидки!`, appendOptOut: true, optOutLine: stop },
      anna,
      `${stop}\nСкидки!\n\n${stop}`,
    ],
    [
      'only the opt-out line for an empty text',
      { text: ' ', appendOptOut: true, optOutLine: stop },
      anna,
      stop,
    ],
    [
      'the opt-out line is not filled',
      { text: 'Hi', appendOptOut: true, optOutLine: 'STOP, {{first_name}}' },
      anna,
      'Hi\n\nSTOP, {{first_name}}',
    ],
    [
      'UTM on links',
      { text: 'Сюда: https://shop.ru/sale.', utm: true, utmCampaign: 'Весна' },
      anna,
      'Сюда: https://shop.ru/sale?utm_source=whatsapp&utm_medium=broadcast' +
        '&utm_campaign=%D0%B2%D0%B5%D1%81%D0%BD%D0%B0.',
    ],
    [
      'no UTM when off',
      { text: 'https://shop.ru/', utm: false, utmCampaign: 'x' },
      anna,
      'https://shop.ru/',
    ],
    [
      'a placeholder in a link is filled before tagging',
      { text: 'https://shop.ru/?ref={{first_name|x}}', utm: true, utmCampaign: '' },
      nobody,
      'https://shop.ru/?ref=x&utm_source=whatsapp&utm_medium=broadcast',
    ],
    [
      'the opt-out line is not tagged',
      { text: 'Hi', utm: true, appendOptOut: true, optOutLine: 'Stop: https://shop.ru/stop' },
      anna,
      'Hi\n\nStop: https://shop.ru/stop',
    ],
  ])('%s', (_, template, fields, expected) => {
    expect(renderMessage({ ...plain, ...template }, fields)).toBe(expected)
  })

  const known = fc.constantFrom(...messageFieldNames)
  const piece = fc.oneof(
    known.map((field) => `{{${field}}}`),
    known.map((field) => `{{${field}}}`),
    fc.tuple(known, fc.string()).map(([field, fallback]) => `{{ ${field} |${fallback}}}`),
    fc.string(),
    fc.constantFrom('{', '}', '{{', '}}', '|', ' ', '\n', 'https://shop.ru/', '🎉'),
  )
  const fieldValue = fc.oneof(fc.constant(''), fc.string())
  const fields = fc.record<MessageFields>({
    first_name: fieldValue,
    middle_name: fieldValue,
    last_name: fieldValue,
    name: fieldValue,
    email: fieldValue,
    notes: fieldValue,
    phone: fc.constant('+79161234567'),
    shop: fieldValue,
  })
  const template = fc.record<MessageTemplate>({
    text: fc.array(piece).map((pieces) => pieces.join('')),
    appendOptOut: fc.boolean(),
    optOutLine: fc.oneof(fc.constant(''), fc.constant(stop), fc.string()),
    utm: fc.boolean(),
    utmCampaign: fc.string(),
  })
  const noBraces = (fieldsOf: MessageFields) =>
    Object.values(fieldsOf).every((value) => !value.includes('{') && !value.includes('}'))

  it('never leaves a known placeholder', () => {
    fc.assert(
      fc.property(template, fields, (t, f) => {
        // Only braces from elsewhere may spell one after the pass: a value, the opt-out line, or
        // stray braces around a placeholder (see "stray braces" above).
        fc.pre(noBraces(f) && !/[{}]/.test(t.optOutLine))
        fc.pre(!/[{}]/.test(replacePlaceholders(t.text, () => '')))
        const survivors = placeholdersIn(renderMessage(t, f)).filter((p) => p.known)
        expect(survivors).toEqual([])
      }),
    )
  })

  it('ends with the opt-out line when asked for one, and never with whitespace', () => {
    fc.assert(
      fc.property(template, fields, (t, f) => {
        const message = renderMessage(t, f)
        expect(message).toBe(message.trimEnd())
        if (t.appendOptOut) expect(message.endsWith(t.optOutLine.trim())).toBe(true)
      }),
    )
  })
})
