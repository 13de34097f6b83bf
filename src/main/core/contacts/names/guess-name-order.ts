// The order of a file's full names, guessed once per file from the column's header and a sample
// of its values; the owner can switch it in the mapping preview.
import type { MappingTarget, NameOrder } from '../../../../shared/imports'
import { foldHeader } from '../import/guess-mapping'
import { nameCellsOf } from './names-of-row'
import { isInitial } from './name-words'
import { nameWords, orderOfWords } from './split-full-name'

/** "ФИО", "Ф.И.О.", "Фамилия Имя Отчество", "Фамилия и имя": the header names the order. */
const lastFirstHeader = /^(?:фио|ф и о|фамилия(?: и)? имя(?: и)?(?: отчество)?)(?: \p{L}+)?$/u
/** "Имя Фамилия", "Имя и фамилия", "Имя Отчество Фамилия". */
const firstLastHeader = /^имя(?: и)?(?: отчество)? фамилия$/u

/** What the header says weighs as much as this many names saying so. */
const headerWeight = 2

/** The order the header suggests, or null when it names none ("Клиент", "Name"). */
export function orderOfHeader(header: string): NameOrder | null {
  const folded = foldHeader(header)
  if (lastFirstHeader.test(folded)) return 'last_first'
  if (firstLastHeader.test(folded)) return 'first_last'
  return null
}

/**
 * Each name whose own words show an order (a patronymic's place, a known first name beside a
 * surname) is a vote, the header two; without a majority for «Фамилия Имя» it is First Last,
 * as English and most phone exports write.
 */
export function guessNameOrder(header: string | null, values: Iterable<string>): NameOrder {
  const fromHeader = header === null ? null : orderOfHeader(header)
  let score =
    fromHeader === 'last_first' ? headerWeight : fromHeader === 'first_last' ? -headerWeight : 0
  for (const value of values) {
    const order = orderOfWords(nameWords(value).filter((word) => !isInitial(word)))
    if (order === 'last_first') score += 1
    else if (order === 'first_last') score -= 1
  }
  return score > 0 ? 'last_first' : 'first_last'
}

/** How many rows the guess reads: enough for a vote, little enough to read before every import. */
export const guessSampleRows = 200

/** The guess for a file: its full-name column's header, and the rows that have only a full name. */
export function guessFileNameOrder(
  headers: readonly string[],
  mapping: readonly MappingTarget[],
  rows: Iterable<readonly string[]>,
): NameOrder {
  const column = mapping.indexOf('fullName')
  if (column === -1) return 'first_last'
  const values: string[] = []
  for (const cells of rows) {
    const names = nameCellsOf(cells, mapping)
    if (names.firstName === '' && names.middleName === '' && names.lastName === '') {
      values.push(names.fullName)
    }
  }
  return guessNameOrder(headers[column] ?? null, values)
}
