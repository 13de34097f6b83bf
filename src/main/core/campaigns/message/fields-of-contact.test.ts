import { describe, expect, it } from 'vitest'
import { fieldsOf, type ContactForMessage } from './fields-of-contact'
import { renderMessage } from './render-message'

const blank: ContactForMessage = {
  name: '',
  firstName: '',
  middleName: '',
  lastName: '',
  email: '',
  notes: '',
}
const phone = '+79161234567'

describe('fieldsOf', () => {
  it('takes every field', () => {
    expect(
      fieldsOf(
        {
          name: 'Анна Петровна Петрова',
          firstName: 'Анна',
          middleName: 'Петровна',
          lastName: 'Петрова',
          email: 'anna@example.ru',
          notes: 'VIP 🌹',
        },
        phone,
      ),
    ).toEqual({
      first_name: 'Анна',
      middle_name: 'Петровна',
      last_name: 'Петрова',
      name: 'Анна Петровна Петрова',
      email: 'anna@example.ru',
      notes: 'VIP 🌹',
      phone,
    })
  })

  it.each<
    [
      string,
      Partial<ContactForMessage>,
      { first_name: string; middle_name?: string; last_name: string; name: string },
    ]
  >([
    [
      'first name given',
      { name: 'Аня', firstName: 'Анна' },
      { first_name: 'Анна', last_name: '', name: 'Аня' },
    ],
    [
      'first name from the first word of the name',
      { name: 'Анна Петрова' },
      { first_name: 'Анна', last_name: '', name: 'Анна Петрова' },
    ],
    [
      'any whitespace between words',
      { name: '  Анна\t Петрова ' },
      { first_name: 'Анна', last_name: '', name: 'Анна\t Петрова' },
    ],
    [
      'a blank first name',
      { name: 'Иван', firstName: '  ' },
      { first_name: 'Иван', last_name: '', name: 'Иван' },
    ],
    ['a one-word name', { name: 'Мария' }, { first_name: 'Мария', last_name: '', name: 'Мария' }],
    [
      'the last name is never guessed',
      { name: 'Анна Петровна' },
      { first_name: 'Анна', last_name: '', name: 'Анна Петровна' },
    ],
    [
      'the name from first and last names',
      { firstName: 'Анна', lastName: 'Петрова' },
      { first_name: 'Анна', last_name: 'Петрова', name: 'Анна Петрова' },
    ],
    [
      'a last name alone is not a first name',
      { lastName: 'Петрова' },
      { first_name: '', last_name: 'Петрова', name: 'Петрова' },
    ],
    ['nothing known', {}, { first_name: '', last_name: '', name: '' }],
    ['an emoji name', { name: '🌸 Лена' }, { first_name: '🌸', last_name: '', name: '🌸 Лена' }],
    [
      'the last name of a «Фамилия И.О.» name is not a first name',
      { name: 'Иванов И.И.', lastName: 'Иванов' },
      { first_name: '', last_name: 'Иванов', name: 'Иванов И.И.' },
    ],
    [
      'initials first are not a first name',
      { name: 'И. Иванов' },
      { first_name: '', last_name: '', name: 'И. Иванов' },
    ],
    [
      'the name from all its parts',
      { firstName: 'Анна', middleName: 'Петровна', lastName: 'Кузнецова' },
      {
        first_name: 'Анна',
        middle_name: 'Петровна',
        last_name: 'Кузнецова',
        name: 'Анна Петровна Кузнецова',
      },
    ],
  ])('%s', (_, contact, expected) => {
    expect(fieldsOf({ ...blank, ...contact }, phone)).toEqual({
      middle_name: '',
      ...expected,
      email: '',
      notes: '',
      phone,
    })
  })

  it('trims email and notes', () => {
    const fields = fieldsOf({ ...blank, email: ' a@b.ru ', notes: '\nnote\n' }, phone)
    expect([fields.email, fields.notes]).toEqual(['a@b.ru', 'note'])
  })
})

describe('a message greeting by first name and patronymic', () => {
  const greet = (contact: Partial<ContactForMessage>) =>
    renderMessage(
      {
        text: 'Здравствуйте, {{first_name|друг}} {{middle_name}}!',
        appendOptOut: false,
        optOutLine: '',
        utm: false,
        utmCampaign: '',
      },
      { ...fieldsOf({ ...blank, ...contact }, phone), shop: '' },
    )

  it('says «Анна Петровна» to a contact imported from «Кузнецова Анна Петровна»', () => {
    expect(
      greet({
        name: 'Кузнецова Анна Петровна',
        firstName: 'Анна',
        middleName: 'Петровна',
        lastName: 'Кузнецова',
      }),
    ).toBe('Здравствуйте, Анна Петровна!')
  })

  it('falls back to «друг» for «Иванов И.И.», never greeting by the surname', () => {
    expect(greet({ name: 'Иванов И.И.', lastName: 'Иванов' })).toBe('Здравствуйте, друг!')
  })
})
