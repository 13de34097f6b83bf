import type { TFunction } from 'i18next'
import { ApiCallError } from '../../api/errors'
import { errorMessage, issueText } from '../../i18n/error-message'

export interface FormErrors {
  /** Translated problems of the named fields, shown under each field. */
  fields: Partial<Record<string, string>>
  /** Everything else, in one sentence for an alert. */
  summary: string
}

/** Splits a failed save into messages beside the fields we show and a summary of the rest. */
export function formErrors(error: unknown, shown: readonly string[], t: TFunction): FormErrors {
  if (!(error instanceof ApiCallError) || error.code !== 'invalid_input') {
    return { fields: {}, summary: errorMessage(error, t) }
  }
  const fields: FormErrors['fields'] = {}
  const rest: string[] = []
  for (const issue of error.issues) {
    if (shown.includes(issue.path)) fields[issue.path] ??= issueText(issue, t)
    else rest.push(issueText(issue, t))
  }
  return { fields, summary: [t('errors.invalid_input'), ...rest].join(' ') }
}
