import type { ConsentState, ContactPhone } from '../../../../shared/contacts'
import type { MappingTarget, RowProblem } from '../../../../shared/imports'
import type { ContactCandidate } from '../contact-record'
import { choosePrimary } from '../merge-contact'
import {
  countryOfNumber,
  isSendableKind,
  normalizePhone,
  type NormalizedPhone,
  type PhoneCountry,
} from '../phone/normalize-phone'
import { splitPhoneCell } from '../phone/split-phone-cell'
import { namesOfRow } from '../names/names-of-row'
import { nameOrderOf } from '../names/name-order-of-plan'
import { countryOfCell } from './country-of-row'
import { savedNumberOfCell } from './saved-number-cell'
import {
  googleValuesOf,
  isFaxOrPagerLabel,
  labelsOfParts,
  partsOfPhoneCell,
  readableLabel,
} from './phone-labels'
import type { ImportPlan } from './import-plan'
import type { FileRecord } from './read-records'

export interface RowContext {
  /** Settings' country, for numbers written without a country code. */
  defaultCountry: PhoneCountry
}

export interface RowOutcome {
  /** null when the row is rejected. */
  candidate: ContactCandidate | null
  problems: RowProblem[]
}

/** Which columns hold each target, worked out once per plan: this runs for every row. */
const columnCache = new WeakMap<ImportPlan, Map<MappingTarget, number[]>>()
function columnsOf(plan: ImportPlan): Map<MappingTarget, number[]> {
  let columns = columnCache.get(plan)
  if (!columns) {
    columns = new Map()
    for (const [i, target] of plan.mapping.entries()) {
      // Appended in place: copying the list for each column grew with the square of the columns.
      const list = columns.get(target)
      if (list) list.push(i)
      else columns.set(target, [i])
    }
    columnCache.set(plan, columns)
  }
  return columns
}

/** "VIP, Опт; Новые": split only where there is something to split at. */
const tagsOfPart = (part: string): string[] =>
  /[,;]/.test(part) ? part.split(tagSeparators) : [part]
const tagSeparators = /\s*[,;]\s*/

const noValues: readonly string[] = Object.freeze([])

/** Google's own groups, not the user's labels. */
const systemLabel = /^(\*\s|system group:)/i

/** One row of the file → the contact it describes, and what is wrong with it. */
export function rowToCandidate(
  record: FileRecord,
  plan: ImportPlan,
  context: RowContext,
): RowOutcome {
  const { cells } = record
  const problems: RowProblem[] = []
  const problem = (severity: RowProblem['severity'], code: RowProblem['code'], value: string) =>
    problems.push({ line: record.line, severity, code, value, raw: cells })
  const columns = columnsOf(plan)
  const valuesOf = (target: MappingTarget): readonly string[] => {
    const mapped = columns.get(target)
    // Most targets have no column in a file: no list is made for them, row after row.
    if (mapped === undefined) return noValues
    const values: string[] = []
    for (const i of mapped) {
      const value = (cells[i] ?? '').trim()
      if (value !== '') values.push(value)
    }
    return values
  }

  // The row's own country (a country column, or an address naming one) reads its local numbers.
  let rowCountry: PhoneCountry | undefined
  for (const cell of valuesOf('country')) {
    rowCountry = countryOfCell(cell)
    if (rowCountry) break
  }

  const phones: (ContactPhone & { priority: number })[] = []
  const rejectedNumbers: { raw: string; code: RowProblem['code'] }[] = []
  for (const column of plan.phones) {
    // Each number keeps its own label: the second number of a Google " ::: " cell, or of a vCard.
    const parts = partsOfPhoneCell(cells[column.index] ?? '')
    const labels =
      column.labelIndex === null
        ? parts.map(() => readableLabel(column.headerLabel))
        : labelsOfParts(cells[column.labelIndex] ?? '', parts.length)
    const faxColumn = isFaxOrPagerLabel(column.headerLabel)
    parts.forEach((part, i) => {
      const label = labels[i] ?? ''
      for (const raw of splitPhoneCell(part)) {
        if (faxColumn || isFaxOrPagerLabel(label)) {
          rejectedNumbers.push({ raw, code: 'fax_or_pager_skipped' })
          continue
        }
        const { result, mismatch } = readNumber(raw, context.defaultCountry, rowCountry)
        if (!result.ok) {
          const code = result.reason === 'invalid_phone' ? 'nonexistent_phone' : 'invalid_phone'
          rejectedNumbers.push({ raw, code })
          continue
        }
        if (phones.some((p) => p.e164 === result.e164)) continue
        if (mismatch) problem('flagged', 'country_mismatch', raw)
        phones.push({
          e164: result.e164,
          raw,
          kind: result.kind,
          label,
          primary: false,
          priority: plan.phonePriority(label),
        })
      }
    })
  }

  if (phones.length === 0) {
    // A row with only a fax is lost because of the fax, not for want of a number.
    if (rejectedNumbers.length === 0) problem('rejected', 'no_phone', '')
    for (const { raw, code } of rejectedNumbers) problem('rejected', code, raw)
    return { candidate: null, problems }
  }
  for (const { raw, code } of rejectedNumbers) problem('flagged', code, raw)

  // Mobile-labelled columns first; within a priority, the file's order.
  const ordered = (
    phones.length === 1
      ? phones
      : phones
          .map((p, order) => ({ p, order }))
          .sort((a, b) => a.p.priority - b.p.priority || a.order - b.order)
          .map(({ p }) => p)
  ).map(({ priority: _priority, ...phone }) => phone)
  const chosen = choosePrimary(ordered)
  if (!chosen.some((p) => p.primary && isSendableKind(p.kind))) {
    problem('flagged', 'not_mobile', chosen.map((p) => p.raw).join(', '))
  }

  const names = namesOfRow(
    {
      fullName: valuesOf('fullName').join(' '),
      firstName: valuesOf('firstName').join(' '),
      middleName: valuesOf('middleName').join(' '),
      lastName: valuesOf('lastName').join(' '),
    },
    nameOrderOf(plan),
  )
  const consentCell = valuesOf('consent')[0]
  const consent = consentCell === undefined ? null : consentOf(consentCell)
  if (consentCell !== undefined && consent === 'unknown')
    problem('flagged', 'unknown_consent_value', consentCell)

  return {
    candidate: {
      line: record.line,
      name: names.name,
      firstName: names.firstName,
      middleName: names.middleName,
      lastName: names.lastName,
      email: googleValuesOf(valuesOf('email')[0] ?? '')[0] ?? '',
      notes: valuesOf('notes').join('\n'),
      phones: chosen,
      tags: valuesOf('tags')
        .flatMap((cell) => googleValuesOf(cell).flatMap(tagsOfPart))
        .map((tag) => tag.trim())
        .filter((tag) => tag !== '' && !systemLabel.test(tag)),
      consent,
      flag: null,
      // An empty cell of the column is 'unknown' too (valuesOf leaves blanks out).
      ...(columns.has('savedNumber') && {
        savedNumber: savedNumberOfCell(valuesOf('savedNumber')[0] ?? ''),
      }),
    },
    problems,
  }
}

/**
 * A number as written, read with the row's country when the row names one. A number without a
 * country code is that country's; `mismatch` when the number and the row disagree: a number with
 * another country's code (`+7 916…` in a row saying Germany, kept as written), a local number
 * that only the shop's country has (kept as the shop's), or one that is a mobile in the shop's
 * country but no mobile in the row's (`8 916 123-45-67` in Germany: read as German, flagged).
 */
function readNumber(
  raw: string,
  shopCountry: PhoneCountry,
  rowCountry: PhoneCountry | undefined,
): { result: NormalizedPhone; mismatch: boolean } {
  const atShop = normalizePhone(raw, shopCountry)
  if (rowCountry === undefined) return { result: atShop, mismatch: false }
  const there = rowCountry === shopCountry ? atShop : normalizePhone(raw, rowCountry)
  if (!there.ok) return { result: atShop, mismatch: atShop.ok }
  const reachableOnlyAtShop =
    atShop.ok &&
    atShop.e164 !== there.e164 &&
    isSendableKind(atShop.kind) &&
    !isSendableKind(there.kind)
  const mismatch = reachableOnlyAtShop || countryOfNumber(there.e164) !== rowCountry
  return { result: there, mismatch }
}

const yes = new Set([
  'да',
  'д',
  'yes',
  'y',
  '1',
  'true',
  '+',
  'согласен',
  'согласна',
  'есть',
  'agreed',
  'granted',
  'ok',
  'x',
  '✓',
  '✔',
  'v',
])
const no = new Set([
  'нет',
  'н',
  'no',
  'n',
  '0',
  'false',
  '-',
  'отказ',
  'отказался',
  'отказалась',
  'не согласен',
  'withdrawn',
  'declined',
])

/** A "no" is a refusal and is kept as withdrawn: nobody who said no gets a broadcast. */
export function consentOf(cell: string): ConsentState {
  const value = cell.trim().toLocaleLowerCase('ru').replace(/ё/g, 'е')
  if (yes.has(value)) return 'granted'
  if (no.has(value)) return 'withdrawn'
  return 'unknown'
}
