import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { NameOrder } from '../../../../shared/imports'
import { isInitial, isPatronymic } from './name-words'
import { orderOfWords, splitFullName, type NameParts } from './split-full-name'

const parts = (lastName: string, firstName: string, middleName = '', initials = ''): NameParts => ({
  lastName,
  firstName,
  middleName,
  initials,
})

describe('splitFullName', () => {
  it.each<[string, NameOrder, NameParts]>([
    ['Новиков Сергей Петрович', 'last_first', parts('Новиков', 'Сергей', 'Петрович')],
    ['Смирнова Анна', 'last_first', parts('Смирнова', 'Анна')],
    ['Кузнецова Мария Ильинична', 'last_first', parts('Кузнецова', 'Мария', 'Ильинична')],
    ['Петров-Водкин Кузьма Сергеевич', 'last_first', parts('Петров-Водкин', 'Кузьма', 'Сергеевич')],
    ['НОВИКОВ СЕРГЕЙ ПЕТРОВИЧ', 'last_first', parts('НОВИКОВ', 'СЕРГЕЙ', 'ПЕТРОВИЧ')],
    ['Семёнов Пётр Ильич', 'last_first', parts('Семёнов', 'Пётр', 'Ильич')],
    // A patronymic finds the first name whatever the file's order.
    ['Анна Петровна Кузнецова', 'last_first', parts('Кузнецова', 'Анна', 'Петровна')],
    ['Новиков Сергей Петрович', 'first_last', parts('Новиков', 'Сергей', 'Петрович')],
    ['Анна Петровна', 'last_first', parts('', 'Анна', 'Петровна')],
    // A surname ending -вич stays the surname in its place.
    ['Абрамович Роман Аркадьевич', 'last_first', parts('Абрамович', 'Роман', 'Аркадьевич')],
    ['Бабич Иван Петрович', 'last_first', parts('Бабич', 'Иван', 'Петрович')],
    ['Иван Петрович Станкевич', 'last_first', parts('Станкевич', 'Иван', 'Петрович')],
    // A known first name beside a surname says the order of its row.
    ['Анна Смирнова', 'last_first', parts('Смирнова', 'Анна')],
    ['Марина Лебедева', 'last_first', parts('Лебедева', 'Марина')],
    ['Лебедева Марина', 'first_last', parts('Лебедева', 'Марина')],
    // Otherwise the file's order.
    ['John Smith', 'first_last', parts('Smith', 'John')],
    ['Mary Ann Smith', 'first_last', parts('Smith', 'Mary', 'Ann')],
    ['Smith John', 'last_first', parts('Smith', 'John')],
    // Initials are never a first name.
    ['Иванов И.И.', 'last_first', parts('Иванов', '', '', 'И.И.')],
    ['Иванов И. И.', 'last_first', parts('Иванов', '', '', 'И. И.')],
    ['И. Иванов', 'last_first', parts('Иванов', '', '', 'И.')],
    ['A. Smith', 'first_last', parts('Smith', '', '', 'A.')],
    ['Иванов Иван И.', 'last_first', parts('Иванов', 'Иван', '', 'И.')],
    ['John F. Kennedy', 'first_last', parts('Kennedy', 'John', '', 'F.')],
    // One word: a first name unless it looks like a surname.
    ['Анна', 'last_first', parts('', 'Анна')],
    ['Иванов', 'first_last', parts('Иванов', '')],
    ['Полина', 'last_first', parts('', 'Полина')],
    // Typed all in lower case, a name is still one; a name particle is part of it.
    ['иванов иван иванович', 'last_first', parts('иванов', 'иван', 'иванович')],
    ['Алиев Рашид Гусейн оглы', 'last_first', parts('Алиев', 'Рашид', 'Гусейн оглы')],
  ])('%s (%s)', (fullName, order, expected) => {
    expect(splitFullName(fullName, order)).toEqual(expected)
  })

  it.each([
    'ООО Ромашка',
    'ИП Петров',
    'Анна (склад)',
    'Клиент 5',
    'Иванов Иван Иванович и Мария Петровна',
    // A note about someone, not their name: no «Здравствуйте, Склад!».
    'Склад на Лесной',
    'Маша с работы',
  ])('leaves %s unsplit: not one person’s name', (fullName) => {
    expect(splitFullName(fullName, 'last_first')).toBeNull()
  })
})

describe('orderOfWords', () => {
  it.each<[string, NameOrder | null]>([
    ['Новиков Сергей Петрович', 'last_first'],
    ['Анна Петровна Кузнецова', 'first_last'],
    ['Смирнова Анна', 'last_first'],
    ['Анна Смирнова', 'first_last'],
    ['Анна Петровна', null],
    ['John Smith', null],
    ['Марина Полина', null],
  ])('%s → %s', (name, expected) => {
    expect(orderOfWords(name.split(' '))).toBe(expected)
  })
})

// Words as real files mix them: names, surnames, patronymics, initials, ё, capitals, noise.
const wordArb = fc.oneof(
  fc.constantFrom(
    'Анна',
    'Сергей',
    'Марина',
    'Лев',
    'Новиков',
    'Смирнова',
    'Петрович',
    'Петровна',
    'Ильинична',
    'Ильич',
    'Абрамович',
    'Бабич',
    'Кузнецова',
    'Семён',
    'John',
    'Smith',
    'ИВАНОВ',
    'И.',
    'И.И.',
    'A.',
    'Я',
  ),
  fc.stringMatching(/^[А-ЯЁ][а-яё]{1,9}(?:ович|овна|ов|ова|ин|ична)?$/),
)
const nameArb = fc
  .tuple(fc.array(wordArb, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '  ', '\t'))
  .map(([words, gap]) => words.join(gap))
const orderArb = fc.constantFrom<NameOrder>('last_first', 'first_last')

const letters = (text: string): string => Array.from(text.replace(/\s+/gu, '')).sort().join('')
const wordsOf = (text: string): string[] => text.split(/\s+/u).filter((word) => word !== '')

describe('splitFullName, whatever the name', () => {
  it('never loses or invents a word: the parts hold exactly the name’s words', () => {
    fc.assert(
      fc.property(nameArb, orderArb, (name, order) => {
        const split = splitFullName(name, order)
        if (split === null) return
        const all = [split.lastName, split.firstName, split.middleName, split.initials].join(' ')
        expect(wordsOf(all).sort()).toEqual(wordsOf(name).sort())
        expect(letters(all)).toBe(letters(name))
      }),
    )
  })

  it('never makes a patronymic or an initial the first name, which is one word at most', () => {
    fc.assert(
      fc.property(nameArb, orderArb, (name, order) => {
        const first = splitFullName(name, order)?.firstName ?? ''
        expect(wordsOf(first).length).toBeLessThanOrEqual(1)
        if (first !== '') {
          expect(isPatronymic(first)).toBe(false)
          expect(isInitial(first)).toBe(false)
        }
      }),
    )
  })

  it('gives a name with a patronymic the same first name in either order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Анна', 'Сергей', 'Марина', 'Семён'),
        fc.constantFrom('Петровна', 'Петрович', 'Ильинична', 'Сергеевич'),
        fc.constantFrom('Новиков', 'Смирнова', 'Кузнецова', 'Бабич'),
        fc.boolean(),
        (first, middle, last, surnameFirst) => {
          const name = surnameFirst ? `${last} ${first} ${middle}` : `${first} ${middle} ${last}`
          for (const order of ['last_first', 'first_last'] as const) {
            expect(splitFullName(name, order)).toEqual(parts(last, first, middle))
          }
        },
      ),
    )
  })
})
