// A full name as one cell writes it ("Новиков Сергей Петрович", "Анна Петровна Кузнецова",
// "Иванов И.И.", "John Smith") split into last, first and middle name.
import type { NameOrder } from '../../../../shared/imports'
import {
  isInitial,
  isKnownFirstName,
  isNameWord,
  isPatronymic,
  isPhrase,
  isSurnameLike,
} from './name-words'

export interface NameParts {
  firstName: string
  middleName: string
  lastName: string
  /** Initials ("И.И.") as written: they stand for a name but are none to greet by. */
  initials: string
}

/** More words than this is a shop's note, a family or a business, not one person's name. */
const maxWords = 4

const joined = (words: readonly string[]): string => words.join(' ')

/**
 * The order this one name's own words show, if they show one: a patronymic after two words
 * (Фамилия Имя Отчество) or between them (Имя Отчество Фамилия), or a known first name beside a
 * surname ("Смирнова Анна", "Анна Смирнова"). null when the words say nothing.
 */
export function orderOfWords(words: readonly string[]): NameOrder | null {
  const n = words.length
  if (n >= 3) {
    const p = patronymicIndex(words, null)
    if (p === n - 1) return 'last_first'
    if (p === 1) return 'first_last'
  }
  if (n < 2) return null
  const lastFirst = isSurnameLike(words[0] ?? '') && isKnownFirstName(words[1] ?? '')
  const firstLast = isKnownFirstName(words[0] ?? '') && isSurnameLike(words[n - 1] ?? '')
  if (lastFirst === firstLast) return null
  return lastFirst ? 'last_first' : 'first_last'
}

/**
 * Where the patronymic is: a word with a patronymic ending right after a word without one (the
 * first name), never the first word. With several, the one `order` expects is preferred.
 */
function patronymicIndex(words: readonly string[], order: NameOrder | null): number {
  const found: number[] = []
  for (let i = 1; i < words.length; i += 1) {
    if (isPatronymic(words[i] ?? '') && !isPatronymic(words[i - 1] ?? '')) found.push(i)
  }
  const expected = order === 'last_first' ? words.length - 1 : 1
  return found.includes(expected) ? expected : (found[0] ?? -1)
}

/** The words of a name: whitespace apart. */
export const nameWords = (fullName: string): string[] =>
  fullName
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '')

/**
 * Splits a full name in the file's `order`. A patronymic finds the first name on its own (the
 * word before it), whatever the order; so does a known first name beside a surname. Initials are
 * never a first name. null when the cell does not look like one person's name (digits, brackets,
 * "ООО …", more than four words, «Склад на Лесной»): such a cell is kept only as the full name.
 */
export function splitFullName(fullName: string, order: NameOrder): NameParts | null {
  const tokens = nameWords(fullName)
  if (tokens.length === 0 || !tokens.every(isNameWord) || isPhrase(tokens)) return null
  const words = tokens.filter((token) => !isInitial(token))
  const initials = joined(tokens.filter(isInitial))
  if (words.length > maxWords) return null
  const parts = (first: string[], middle: string[], last: string[]): NameParts =>
    guarded({
      firstName: joined(first),
      middleName: joined(middle),
      lastName: joined(last),
      initials,
    })

  if (words.length === 0) return parts([], [], [])
  if (words.length === 1) {
    const [word = ''] = words
    // "Иванов И.И.", "A. Smith": the initials stand for the first name, the word is the surname.
    const isLast =
      initials !== '' || isPatronymic(word) || (isSurnameLike(word) && !isKnownFirstName(word))
    return isLast ? parts([], [], [word]) : parts([word], [], [])
  }

  const p = patronymicIndex(words, order)
  if (p > 0) {
    return parts(
      [words[p - 1] ?? ''],
      [words[p] ?? ''],
      [...words.slice(0, p - 1), ...words.slice(p + 1)],
    )
  }
  const rowOrder = orderOfWords(words) ?? order
  if (rowOrder === 'last_first') {
    return parts([words[1] ?? ''], words.slice(2), [words[0] ?? ''])
  }
  return parts([words[0] ?? ''], words.slice(1, -1), [words.at(-1) ?? ''])
}

/** A word with a patronymic ending is never the first name: it is a surname then (Петрович). */
function guarded(parts: NameParts): NameParts {
  if (!isPatronymic(parts.firstName)) return parts
  return {
    ...parts,
    firstName: '',
    lastName: joined([parts.firstName, parts.lastName].filter((part) => part !== '')),
  }
}
