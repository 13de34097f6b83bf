// Why a file of numbers was not loaded: a list of numbers is no contacts table, so the limits it
// went past are named in its own words, not the contacts import's («имя, телефон, почта…»).
import type { TFunction } from 'i18next'
import { importTableLimits } from '../../../../shared/imports'
import { fileProblemOf, importErrorText } from '../import/import-texts'

export function numberFileErrorText(error: unknown, t: TFunction): string {
  const problem = fileProblemOf(error)
  if (problem?.code === 'too_many_columns') {
    return t('optOuts.file.tooManyColumns', {
      line: problem.line ?? 1,
      limit: importTableLimits.columns,
    })
  }
  if (problem?.code === 'line_too_long') {
    return t('optOuts.file.lineTooLong', {
      line: problem.line ?? 1,
      limit: importTableLimits.lineChars,
    })
  }
  return importErrorText(error, t)
}
