import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MappingTarget } from '../../../../shared/imports'
import { guessMapping, phoneColumns, phonePriority } from './guess-mapping'
import type { ImportPlan } from './import-plan'
import { googleValuesOf, labelsOfParts } from './phone-labels'
import { rowToCandidate } from './row-to-candidate'
import { googleCurrentHeaders, outlookHeaders, rowFor } from './test-fixtures'

function convert(
  headers: readonly string[],
  values: Record<string, string>,
  mapping?: MappingTarget[],
) {
  const chosen = mapping ?? guessMapping(headers)
  const plan: ImportPlan = {
    headers: [...headers],
    mapping: chosen,
    phones: phoneColumns(headers, chosen),
    phonePriority,
  }
  return rowToCandidate({ line: 2, cells: rowFor(headers, values) }, plan, {
    defaultCountry: 'RU',
  })
}
const numbers = (outcome: ReturnType<typeof convert>) =>
  outcome.candidate?.phones.map((p) => [p.e164, p.label, p.primary])

describe('each number keeps its own label', () => {
  it('gives the second number of a Google " ::: " cell its own label, not the first one’s', () => {
    const outcome = convert(googleCurrentHeaders, {
      'First Name': 'Анна',
      'Phone 1 - Label': 'Work ::: Mobile',
      'Phone 1 - Value': '+7 495 123-45-67 ::: 8 916 123-45-67',
    })
    expect(numbers(outcome)).toEqual([
      ['+79161234567', 'Mobile', true],
      ['+74951234567', 'Work', false],
    ])
  })

  it('gives every number of the cell the label when the label cell has one part', () => {
    const outcome = convert(googleCurrentHeaders, {
      'First Name': 'Анна',
      'Phone 1 - Label': '* Mobile',
      'Phone 1 - Value': '8 916 123-45-67 ::: 8 903 765-43-21',
    })
    expect(numbers(outcome)).toEqual([
      ['+79161234567', 'Mobile', true],
      ['+79037654321', 'Mobile', false],
    ])
  })

  it('labels parts positionally, and a label cell of one part labels them all (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Mobile', 'Work', 'Home', '', 'Рабочий'), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: 1, max: 5 }),
        (labels, parts) => {
          const got = labelsOfParts(labels.join(' ::: '), parts)
          expect(got).toHaveLength(parts)
          got.forEach((label, i) => {
            expect(label).toBe(labels.length === 1 ? labels[0] : (labels[i] ?? ''))
          })
        },
      ),
    )
  })
})

describe('fax and pager numbers are never a number to message', () => {
  it('skips a Google number labelled "Home Fax" and says so; the mobile one is kept', () => {
    const outcome = convert(googleCurrentHeaders, {
      'First Name': 'Ольга',
      'Phone 1 - Label': 'Mobile',
      'Phone 1 - Value': '+7 916 222-33-44',
      'Phone 2 - Label': 'Home Fax',
      'Phone 2 - Value': '+7 495 222-33-44',
    })
    expect(numbers(outcome)).toEqual([['+79162223344', 'Mobile', true]])
    expect(outcome.problems).toMatchObject([
      { severity: 'flagged', code: 'fax_or_pager_skipped', value: '+7 495 222-33-44' },
    ])
  })

  it('skips the fax of a " ::: " cell whose labels say which one is the fax', () => {
    const outcome = convert(googleCurrentHeaders, {
      'First Name': 'Ольга',
      'Phone 1 - Label': 'Факс ::: Мобильный',
      'Phone 1 - Value': '+7 495 222-33-44 ::: +7 916 222-33-44',
    })
    expect(numbers(outcome)).toEqual([['+79162223344', 'Мобильный', true]])
    expect(outcome.problems.map((p) => [p.code, p.value])).toEqual([
      ['fax_or_pager_skipped', '+7 495 222-33-44'],
    ])
  })

  it('rejects a row whose only number is a fax with that reason, not "no phone"', () => {
    const outcome = convert(googleCurrentHeaders, {
      'First Name': 'ООО Ромашка',
      'Phone 1 - Label': 'Work Fax',
      'Phone 1 - Value': '+7 495 111-22-33',
    })
    expect(outcome.candidate).toBeNull()
    expect(outcome.problems).toMatchObject([
      { severity: 'rejected', code: 'fax_or_pager_skipped', value: '+7 495 111-22-33' },
    ])
  })

  it('skips Outlook fax and pager columns even when the user maps them to phone', () => {
    const mapping = guessMapping(outlookHeaders)
    expect(mapping[outlookHeaders.indexOf('Business Fax')]).toBe('ignore')
    for (const column of ['Pager', 'Home Fax', 'Business Fax', 'Other Fax'] as const) {
      mapping[outlookHeaders.indexOf(column)] = 'phone'
    }
    const outcome = convert(
      outlookHeaders,
      {
        'First Name': 'Пётр',
        'Mobile Phone': '8 903 765-43-21',
        Pager: '8 916 000-11-22',
        'Home Fax': '8 495 000-11-22',
        'Business Fax': '8 495 000-11-23',
        'Other Fax': '8 495 000-11-24',
      },
      mapping,
    )
    expect(numbers(outcome)).toEqual([['+79037654321', 'Mobile Phone', true]])
    expect(outcome.problems.map((p) => [p.code, p.value])).toEqual([
      ['fax_or_pager_skipped', '8 916 000-11-22'],
      ['fax_or_pager_skipped', '8 495 000-11-22'],
      ['fax_or_pager_skipped', '8 495 000-11-23'],
      ['fax_or_pager_skipped', '8 495 000-11-24'],
    ])
  })
})

describe('an extension belongs to its number', () => {
  it.each([
    '+7 495 123-45-67 доб. 102',
    '+7 495 123-45-67, доб. 102',
    '8 (495) 123-45-67 добавочный 102',
    '+7 495 123-45-67 вн. 102',
    '+7 495 123-45-67 ext. 102',
    '+7 495 123-45-67 x102',
    '+7-495-123-45-67;ext=102',
  ])('keeps "%s" as one number, as written, without a problem', (raw) => {
    const outcome = convert(['Имя', 'Телефон'], { Имя: 'Офис', Телефон: raw })
    expect(outcome.candidate?.phones).toMatchObject([{ e164: '+74951234567', raw }])
    expect(outcome.problems.map((p) => p.code)).toEqual(['not_mobile'])
  })

  it('still splits two numbers, and the extension stays with the first', () => {
    const outcome = convert(['Имя', 'Телефон'], {
      Имя: 'Офис',
      Телефон: '+7 495 123-45-67 доб. 102, 8 916 123-45-67',
    })
    expect(outcome.candidate?.phones.map((p) => [p.raw, p.primary])).toEqual([
      ['+7 495 123-45-67 доб. 102', false],
      ['8 916 123-45-67', true],
    ])
    expect(outcome.problems).toEqual([])
  })
})

describe('a cell’s values as Google joins them', () => {
  it('are the pieces between " ::: ", the cells it does not look into too', () => {
    const piece = fc.constantFrom(
      'Mobile',
      '* Home',
      ' ',
      ':',
      '::',
      ':::',
      ' ::: ',
      '\t',
      'Клиенты',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const cell = pieces.join('')
        expect(googleValuesOf(cell)).toEqual(cell.split(/\s*:::\s*/))
      }),
    )
  })
})
