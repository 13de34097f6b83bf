import type { ConsentState, ContactPhone } from '../../../../shared/contacts'
import type { MappingTarget, RowProblem } from '../../../../shared/imports'
import type { CountryCode } from '../../../../shared/settings'
import type { ContactCandidate } from '../contact-record'
import { choosePrimary } from '../merge-contact'
import { isSendableKind, normalizePhone } from '../phone/normalize-phone'
import { splitPhoneCell } from '../phone/split-phone-cell'
import type { ImportPlan } from './import-plan'
import type { FileRecord } from './read-records'

export interface RowContext {
  defaultCountry: CountryCode
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
    plan.mapping.forEach((target, i) => {
      columns?.set(target, [...(columns.get(target) ?? []), i])
    })
    columnCache.set(plan, columns)
  }
  return columns
}

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
  const valuesOf = (target: MappingTarget): string[] => {
    const values: string[] = []
    for (const i of columns.get(target) ?? []) {
      const value = (cells[i] ?? '').trim()
      if (value !== '') values.push(value)
    }
    return values
  }

  const phones: (ContactPhone & { priority: number })[] = []
  const rejectedNumbers: string[] = []
  for (const column of plan.phones) {
    const label =
      column.labelIndex === null ? column.headerLabel : (cells[column.labelIndex] ?? '').trim()
    for (const raw of splitPhoneCell(cells[column.index] ?? '')) {
      const result = normalizePhone(raw, context.defaultCountry)
      if (!result.ok) {
        rejectedNumbers.push(raw)
        continue
      }
      if (phones.some((p) => p.e164 === result.e164)) continue
      phones.push({
        e164: result.e164,
        raw,
        kind: result.kind,
        label,
        primary: false,
        priority: plan.phonePriority(label),
      })
    }
  }

  if (phones.length === 0) {
    if (rejectedNumbers.length === 0) problem('rejected', 'no_phone', '')
    for (const raw of rejectedNumbers) problem('rejected', 'invalid_phone', raw)
    return { candidate: null, problems }
  }
  for (const raw of rejectedNumbers) problem('flagged', 'invalid_phone', raw)

  // Mobile-labelled columns first; within a priority, the file's order.
  const ordered = phones
    .map((p, order) => ({ p, order }))
    .sort((a, b) => a.p.priority - b.p.priority || a.order - b.order)
    .map(({ p: { priority: _priority, ...phone } }) => phone)
  const chosen = choosePrimary(ordered)
  if (!chosen.some((p) => p.primary && isSendableKind(p.kind))) {
    problem('flagged', 'not_mobile', chosen.map((p) => p.raw).join(', '))
  }

  const firstName = valuesOf('firstName').join(' ')
  const middleName = valuesOf('middleName').join(' ')
  const lastName = valuesOf('lastName').join(' ')
  const fullName = valuesOf('fullName').join(' ')
  const consentCell = valuesOf('consent')[0]
  const consent = consentCell === undefined ? null : consentOf(consentCell)
  if (consentCell !== undefined && consent === 'unknown')
    problem('flagged', 'unknown_consent_value', consentCell)

  return {
    candidate: {
      line: record.line,
      name: fullName || [firstName, middleName, lastName].filter(Boolean).join(' '),
      firstName,
      lastName,
      email: (valuesOf('email')[0] ?? '').split(/\s*:::\s*/)[0] ?? '',
      notes: valuesOf('notes').join('\n'),
      phones: chosen,
      tags: valuesOf('tags')
        .flatMap((cell) => cell.split(/\s*:::\s*|\s*[,;]\s*/))
        .map((tag) => tag.trim())
        .filter((tag) => tag !== '' && !systemLabel.test(tag)),
      consent,
      flag: null,
    },
    problems,
  }
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
