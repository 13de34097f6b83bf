// A row's name as it is stored: the full name as written, and its parts, from the file's name
// columns or, when they are empty, split from the full name.
import type { MappingTarget, NameOrder } from '../../../../shared/imports'
import { isInitialsOnly } from './name-words'
import { nameWords, splitFullName } from './split-full-name'

export interface NameCells {
  fullName: string
  firstName: string
  middleName: string
  lastName: string
}

export interface RowNames {
  /** As written: the full name, or first, middle and last name together. */
  name: string
  firstName: string
  middleName: string
  lastName: string
  /** The parts came from splitting the full name (the file's order decided them). */
  split: boolean
}

/** A part written only as initials ("И.", "A. B.") is no name to greet by: it is left empty. */
const namePart = (text: string): string => (isInitialsOnly(text) ? '' : text)

export function namesOfRow(cells: NameCells, order: NameOrder): RowNames {
  const { fullName, firstName, middleName, lastName } = cells
  const written = [firstName, middleName, lastName].filter((part) => part !== '').join(' ')
  if (written !== '' || fullName === '') {
    return {
      name: fullName || written,
      firstName: namePart(firstName),
      middleName: namePart(middleName),
      lastName,
      split: false,
    }
  }
  const parts = splitFullName(fullName, order)
  return {
    name: fullName,
    firstName: parts?.firstName ?? '',
    middleName: parts?.middleName ?? '',
    lastName: parts?.lastName ?? '',
    split: parts !== null,
  }
}

/** The name cells of a row under `mapping`, each target's non-empty cells joined. */
export function nameCellsOf(
  cells: readonly string[],
  mapping: readonly MappingTarget[],
): NameCells {
  const of = (target: MappingTarget): string =>
    mapping
      .flatMap((t, i) => (t === target ? [(cells[i] ?? '').trim()] : []))
      .filter((value) => value !== '')
      .join(' ')
  return {
    fullName: of('fullName'),
    firstName: of('firstName'),
    middleName: of('middleName'),
    lastName: of('lastName'),
  }
}

/** The row's name as the file writes it, also for a row that is not imported. */
export const nameWrittenIn = (
  cells: readonly string[],
  mapping: readonly MappingTarget[],
): string => namesOfRow(nameCellsOf(cells, mapping), 'first_last').name

/** The row has only a full name, of more than one word: the file's order decides its parts. */
export const splitsFullName = (cells: NameCells): boolean =>
  cells.firstName === '' &&
  cells.middleName === '' &&
  cells.lastName === '' &&
  nameWords(cells.fullName).length > 1
