import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isInitial, isInitialsOnly } from './name-words'
import { nameWrittenIn, namesOfRow, type NameCells } from './names-of-row'

const cells = (given: Partial<NameCells>): NameCells => ({
  fullName: '',
  firstName: '',
  middleName: '',
  lastName: '',
  ...given,
})

describe('namesOfRow', () => {
  it('splits a full name when the row has no name columns filled, keeping it as written', () => {
    expect(namesOfRow(cells({ fullName: 'Новиков Сергей Петрович' }), 'last_first')).toEqual({
      name: 'Новиков Сергей Петрович',
      firstName: 'Сергей',
      middleName: 'Петрович',
      lastName: 'Новиков',
      split: true,
    })
  })

  it('takes the name columns as they are when the row fills any', () => {
    expect(
      namesOfRow(
        cells({ fullName: 'Аня', firstName: 'Анна', middleName: 'Сергеевна' }),
        'last_first',
      ),
    ).toEqual({
      name: 'Аня',
      firstName: 'Анна',
      middleName: 'Сергеевна',
      lastName: '',
      split: false,
    })
  })

  it('leaves a first name written only as an initial empty, so the greeting falls back', () => {
    expect(
      namesOfRow(cells({ firstName: 'И.', middleName: 'И.', lastName: 'Иванов' }), 'last_first'),
    ).toEqual({
      name: 'И. И. Иванов',
      firstName: '',
      middleName: '',
      lastName: 'Иванов',
      split: false,
    })
  })

  it('keeps a business name whole, with no parts', () => {
    expect(namesOfRow(cells({ fullName: 'ООО Ромашка' }), 'first_last')).toEqual({
      name: 'ООО Ромашка',
      firstName: '',
      middleName: '',
      lastName: '',
      split: false,
    })
  })
})

describe('nameWrittenIn', () => {
  it('is the row’s name as the file writes it', () => {
    expect(nameWrittenIn(['Смирнова Анна', 'abc'], ['fullName', 'phone'])).toBe('Смирнова Анна')
    expect(nameWrittenIn([' Анна ', 'Смирнова', '1'], ['firstName', 'lastName', 'phone'])).toBe(
      'Анна Смирнова',
    )
    expect(nameWrittenIn(['1'], ['phone'])).toBe('')
  })
})

describe('namesOfRow, whatever the cells', () => {
  const part = fc.constantFrom('', 'И.', 'И. И.', 'A.B.', 'Анна', 'Иванов', 'Петровна', 'Mary Ann')
  const full = fc.constantFrom(
    '',
    'Иванов И.И.',
    'И. Иванов',
    'Новиков Сергей Петрович',
    'A. Smith',
  )

  it('never gives initials as a first name, and keeps a name whenever the row has one', () => {
    fc.assert(
      fc.property(
        fc.record({ fullName: full, firstName: part, middleName: part, lastName: part }),
        fc.constantFrom('last_first' as const, 'first_last' as const),
        (given, order) => {
          const names = namesOfRow(given, order)
          expect(isInitialsOnly(names.firstName)).toBe(false)
          const written = [given.fullName, given.firstName, given.middleName, given.lastName]
          if (written.some((cell) => cell !== '')) expect(names.name).not.toBe('')
        },
      ),
    )
  })

  it('tells a part of initials alone, one word or several, as word by word', () => {
    expect(isInitialsOnly(' И. ')).toBe(true)
    expect(isInitialsOnly('И. И.')).toBe(true)
    expect(isInitialsOnly('Анна')).toBe(false)
    expect(isInitialsOnly('И. Анна')).toBe(false)
    expect(isInitialsOnly('  ')).toBe(false)
    const word = fc.constantFrom('И.', 'A.B.', 'И', 'Анна', 'J.R.R.', 'ё.', '')
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0')
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { maxLength: 4 }), (pieces) => {
        const text = pieces.map(([w, s]) => w + s).join('')
        const words = text.trim().split(/\s+/u)
        expect(isInitialsOnly(text)).toBe(text.trim() !== '' && words.every(isInitial))
      }),
    )
  })
})
