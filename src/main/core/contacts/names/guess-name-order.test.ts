import { describe, expect, it } from 'vitest'
import type { MappingTarget } from '../../../../shared/imports'
import { guessMapping } from '../import/guess-mapping'
import { guessFileNameOrder, guessNameOrder, orderOfHeader } from './guess-name-order'

describe('orderOfHeader', () => {
  it.each([
    ['ФИО', 'last_first'],
    ['Ф.И.О.', 'last_first'],
    ['Фамилия Имя Отчество', 'last_first'],
    ['Фамилия, имя', 'last_first'],
    ['ФИО клиента', 'last_first'],
    ['Имя Фамилия', 'first_last'],
    ['Имя и фамилия', 'first_last'],
    ['Клиент', null],
    ['Name', null],
  ])('%s → %s', (header, expected) => {
    expect(orderOfHeader(header)).toBe(expected)
  })
})

describe('guessNameOrder', () => {
  it('takes the header’s word when the values say nothing', () => {
    expect(guessNameOrder('ФИО', ['Иванов И.И.', 'Семенюк Олег'])).toBe('last_first')
    expect(guessNameOrder('Клиент', ['Иванов И.И.', 'Семенюк Олег'])).toBe('first_last')
  })

  it('reads «Фамилия Имя Отчество» from the values under any header', () => {
    expect(
      guessNameOrder('Клиент', ['Новиков Сергей Петрович', 'Смирнова Анна', 'Иванов И.И.']),
    ).toBe('last_first')
    expect(guessNameOrder('Покупатель', ['Петрова Ольга'])).toBe('last_first')
  })

  it('lets clear values outvote the header', () => {
    expect(
      guessNameOrder('ФИО', [
        'Анна Петровна Кузнецова',
        'Ольга Смирнова',
        'Сергей Новиков',
        'Иван Петрович Сидоров',
      ]),
    ).toBe('first_last')
  })

  it('keeps English names First Last', () => {
    expect(guessNameOrder('Name', ['John Smith', 'Mary Ann Smith', 'A. Smith'])).toBe('first_last')
    expect(guessNameOrder(null, [])).toBe('first_last')
  })
})

describe('guessFileNameOrder', () => {
  const mapping: MappingTarget[] = ['fullName', 'firstName', 'phone']
  it('reads only rows whose name is in the full-name column alone', () => {
    const rows = [
      ['Новиков Сергей Петрович', '', '+79161234567'],
      ['Анна Смирнова', 'Анна', '+79161234568'],
    ]
    expect(guessFileNameOrder(['Клиент', 'Имя', 'Телефон'], mapping, rows)).toBe('last_first')
  })

  it('is First Last without a full-name column', () => {
    expect(guessFileNameOrder(['Имя', 'Телефон'], ['firstName', 'phone'], [])).toBe('first_last')
  })
})

describe('the headers that name the order', () => {
  it.each([
    'ФИО',
    'Ф.И.О.',
    'ФИО клиента',
    'Фамилия, имя',
    'Фамилия и имя',
    'Фамилия Имя Отчество',
  ])('%s is taken for the full name, in «Фамилия Имя» order', (header) => {
    expect(guessMapping([header, 'Телефон'])).toEqual(['fullName', 'phone'])
    expect(orderOfHeader(header)).toBe('last_first')
  })
})
