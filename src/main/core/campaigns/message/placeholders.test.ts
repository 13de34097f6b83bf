import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { messageFieldNames } from './message-fields'
import {
  messageIssues,
  placeholdersIn,
  replacePlaceholders,
  type MessageIssue,
} from './placeholders'

describe('placeholdersIn', () => {
  it.each<
    [string, string, { field: string; fallback: string | null; known: boolean; index: number }[]]
  >([
    ['none', 'Скидки до 30%!', []],
    [
      'a plain one',
      'Привет, {{first_name}}!',
      [{ field: 'first_name', fallback: null, known: true, index: 8 }],
    ],
    ['spaces inside', '{{ name }}', [{ field: 'name', fallback: null, known: true, index: 0 }]],
    [
      'a Cyrillic fallback',
      '{{first_name|друг}}',
      [{ field: 'first_name', fallback: 'друг', known: true, index: 0 }],
    ],
    [
      'spaces around the bar',
      '{{ first_name | дорогой друг }}',
      [{ field: 'first_name', fallback: 'дорогой друг', known: true, index: 0 }],
    ],
    ['an empty fallback', '{{notes|}}', [{ field: 'notes', fallback: '', known: true, index: 0 }]],
    [
      'an emoji fallback',
      '{{first_name|🌸}}',
      [{ field: 'first_name', fallback: '🌸', known: true, index: 0 }],
    ],
    [
      'a fallback with a bar in it',
      '{{name|a|b}}',
      [{ field: 'name', fallback: 'a|b', known: true, index: 0 }],
    ],
    ['an unknown one', '{{city}}', [{ field: 'city', fallback: null, known: false, index: 0 }]],
    [
      'case matters',
      '{{First_Name}}',
      [{ field: 'First_Name', fallback: null, known: false, index: 0 }],
    ],
    [
      'a Cyrillic name is unknown',
      '{{имя}}',
      [{ field: 'имя', fallback: null, known: false, index: 0 }],
    ],
    ['empty braces', '{{}}', [{ field: '', fallback: null, known: false, index: 0 }]],
    [
      'several, in order',
      '{{first_name}} {{last_name}}, {{phone}}',
      [
        { field: 'first_name', fallback: null, known: true, index: 0 },
        { field: 'last_name', fallback: null, known: true, index: 15 },
        { field: 'phone', fallback: null, known: true, index: 30 },
      ],
    ],
    [
      'triple braces: the inner pair',
      '{{{name}}}',
      [{ field: 'name', fallback: null, known: true, index: 1 }],
    ],
    ['not across lines', '{{first_name\n}}', []],
    ['single braces are text', '{name}', []],
  ])('%s', (_, text, expected) => {
    expect(placeholdersIn(text).map(({ raw: _raw, ...rest }) => rest)).toEqual(expected)
  })

  it('keeps each placeholder as written', () => {
    expect(placeholdersIn('Hi {{ first_name | there }}!')[0]?.raw).toBe('{{ first_name | there }}')
  })
})

describe('replacePlaceholders', () => {
  it('replaces in one pass, never re-reading a value', () => {
    expect(replacePlaceholders('{{a}} {{b}}', (p) => (p.field === 'a' ? '{{b}}' : 'B'))).toBe(
      '{{b}} B',
    )
  })
})

describe('messageIssues', () => {
  it.each<[string, string, MessageIssue[]]>([
    ['a clean message', 'Привет, {{first_name|друг}}! Скидки 🎉', []],
    ['empty', '', [{ code: 'empty_text' }]],
    ['only spaces and newlines', ' \n\t ', [{ code: 'empty_text' }]],
    ['an unknown field', 'Hi {{city}}', [{ code: 'unknown_placeholder', field: 'city', index: 3 }]],
    [
      'an unknown field reported once',
      '{{city}} and {{city}} and {{ city }}',
      [{ code: 'unknown_placeholder', field: 'city', index: 0 }],
    ],
    [
      'a misspelt field',
      '{{firstname}}',
      [{ code: 'unknown_placeholder', field: 'firstname', index: 0 }],
    ],
    ['empty braces', 'a {{}}', [{ code: 'unknown_placeholder', field: '', index: 2 }]],
    ['unclosed at the end', 'Привет, {{first_name', [{ code: 'unclosed_placeholder', index: 8 }]],
    ['closed by a single brace', 'Hi {{name}!', [{ code: 'unclosed_placeholder', index: 3 }]],
    ['closed on the next line', '{{name\n}}', [{ code: 'unclosed_placeholder', index: 0 }]],
    ['unclosed before a good one', '{{a {{name}}', [{ code: 'unclosed_placeholder', index: 0 }]],
    [
      'all kinds, in text order',
      '{{x}} {{name {{y}}',
      [
        { code: 'unknown_placeholder', field: 'x', index: 0 },
        { code: 'unclosed_placeholder', index: 6 },
        { code: 'unknown_placeholder', field: 'y', index: 13 },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(messageIssues({ text })).toEqual(expected)
  })

  it('takes a whole template', () => {
    const template = {
      text: '{{city}}',
      appendOptOut: true,
      optOutLine: '',
      utm: false,
      utmCampaign: '',
    }
    expect(messageIssues(template)).toEqual([
      { code: 'unknown_placeholder', field: 'city', index: 0 },
    ])
  })

  it('finds nothing wrong in text made of known placeholders and plain words', () => {
    const piece = fc.oneof(
      fc.constantFrom(...messageFieldNames).map((field) => `{{${field}}}`),
      fc.string().filter((s) => !s.includes('{') && !s.includes('}')),
    )
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1 }), (pieces) => {
        const text = `x${pieces.join('')}`
        expect(messageIssues({ text })).toEqual([])
      }),
    )
  })
})
