import type { TFunction } from 'i18next'
import { backupRefusals } from '../../../../shared/backup-names'
import { ApiCallError } from '../../api/errors'
import { errorMessage } from '../../i18n/error-message'

/** Why a restore failed, in words: a refused copy says which way it is unusable. */
export function restoreErrorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiCallError && error.code === 'file_problem') {
    const problem = backupRefusals.find((refusal) => refusal === error.details.problem)
    if (problem) return t(`backups.refused.${problem}`)
  }
  if (error instanceof ApiCallError && error.code === 'wrong_state') {
    if (error.details.state === 'importing') return t('backups.busyImporting')
    if (error.details.state === 'building_lists') return t('backups.busyBuildingLists')
  }
  return errorMessage(error, t)
}

/** "5 января 2026 г. в 12:00" / "January 5, 2026 at 12:00 PM", in this computer's time zone. */
export function takenAtText(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(at)
}

/** "196 КБ" / "196 kB": a copy's size in the language's own units. */
export function sizeText(bytes: number, language: string): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'byte']
      : bytes < 1024 * 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes / (1024 * 1024), 'megabyte']
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value)
}
