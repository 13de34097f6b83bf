// Words for what the import finds: problems with a row, with the whole file, and the file's shape.
import type { TFunction } from 'i18next'
import {
  fileProblemCodes,
  importTableLimits,
  type FileProblemCode,
  type ImportPreview,
  type RowProblem,
} from '../../../../shared/imports'
import type { Language } from '../../../../shared/settings'
import { ApiCallError } from '../../api/errors'
import { errorMessage } from '../../i18n/error-message'

/** A problem with the file as a whole, naming the line where the reader gave up when it knows. */
export function fileProblemText(code: FileProblemCode, line: number | null, t: TFunction): string {
  if (code === 'unbalanced_quote') {
    return line === null
      ? t('importer.fileProblems.unbalanced_quote_somewhere')
      : t('importer.fileProblems.unbalanced_quote', { line })
  }
  // These name the limit the file went past, so the owner knows what a contacts table may be.
  if (code === 'too_many_columns') {
    return t('importer.fileProblems.too_many_columns', {
      line: line ?? 1,
      limit: importTableLimits.columns,
    })
  }
  if (code === 'line_too_long') {
    return t('importer.fileProblems.line_too_long', {
      line: line ?? 1,
      limit: importTableLimits.lineChars,
    })
  }
  return t(`importer.fileProblems.${code}`)
}

const isFileProblemCode = (value: unknown): value is FileProblemCode =>
  fileProblemCodes.some((code) => code === value)

/** The file problem a failed call reports in its details, if that is what it is. */
export function fileProblemOf(
  error: unknown,
): { code: FileProblemCode; line: number | null } | undefined {
  if (!(error instanceof ApiCallError) || error.code !== 'file_problem') return undefined
  const { problem, line } = error.details
  if (!isFileProblemCode(problem)) return undefined
  return { code: problem, line: typeof line === 'number' ? line : null }
}

/** Any failure during an import: the specific file problem when there is one, else the usual words. */
export function importErrorText(error: unknown, t: TFunction): string {
  const problem = fileProblemOf(error)
  return problem ? fileProblemText(problem.code, problem.line, t) : errorMessage(error, t)
}

/** One row's problem, without the line: "номер «123» не похож на телефон". */
export function rowProblemReason(
  problem: Pick<RowProblem, 'code' | 'value'>,
  t: TFunction,
): string {
  return t(`importer.rowProblems.${problem.code}`, { value: problem.value })
}

/** One row's problem as a sentence: "Строка 5: номер «123» не похож на телефон". */
export function rowProblemText(problem: RowProblem, t: TFunction): string {
  return t('importer.problems.lineReason', {
    line: problem.line,
    reason: rowProblemReason(problem, t),
  })
}

/** The separator a table was read with, in words. */
export function delimiterName(delimiter: string, t: TFunction): string {
  switch (delimiter) {
    case ',':
      return t('importer.delimiters.comma')
    case ';':
      return t('importer.delimiters.semicolon')
    case '\t':
      return t('importer.delimiters.tab')
    default:
      return t('importer.delimiters.other', { character: delimiter })
  }
}

/** The columns the core gives a vCard file, by their (English) names. */
const vcardColumns = {
  'Full name': 'fullName',
  'First name': 'firstName',
  'Middle name': 'middleName',
  'Last name': 'lastName',
  'Mobile phone': 'mobilePhone',
  'Other phone': 'otherPhone',
  'Mobile phone - Label': 'mobilePhoneLabel',
  'Other phone - Label': 'otherPhoneLabel',
  'E-mail': 'email',
  Categories: 'categories',
  Note: 'note',
} as const

const isVcardColumn = (header: string): header is keyof typeof vcardColumns =>
  Object.hasOwn(vcardColumns, header)

/** A column's name as shown: the file's own header, a vCard field in words, or its number. */
export function columnTitle(
  preview: Pick<ImportPreview, 'format' | 'headers'>,
  index: number,
  t: TFunction,
): string {
  const header = preview.headers[index]?.trim() ?? ''
  if (preview.format === 'vcard' && isVcardColumn(header)) {
    return t(`importer.vcardColumns.${vcardColumns[header]}`)
  }
  return header || t('importer.mapping.column', { number: index + 1 })
}

/** The row as the file had it, cells apart, for the problems table. */
export const rawRowText = (raw: readonly string[]): string => raw.join(' | ')

/** The language the CSV report is written in: the UI's, or Russian. */
export const reportLanguage = (uiLanguage: string): Language =>
  uiLanguage.startsWith('en') ? 'en' : 'ru'
