// Turns whatever a call threw into a sentence for the user, in the current language.
import type { TFunction } from 'i18next'
import type { InputIssue } from '../../../shared/result'
import { ApiCallError, UnreachableError } from '../api/errors'
import { ru } from './ru'

type KnownIssuePath = keyof typeof ru.issues

const isKnownIssuePath = (path: string): path is KnownIssuePath => Object.hasOwn(ru.issues, path)

/** One issue in words: translated for fields we know, the core's own words otherwise. */
export function issueText(issue: InputIssue, t: TFunction): string {
  if (isKnownIssuePath(issue.path)) return t(`issues.${issue.path}`)
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`
}

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof UnreachableError) return t('errors.unreachable')
  if (!(error instanceof ApiCallError)) return t('errors.internal')
  // Details fill the message's placeholders ({{limit}}, {{name}}…); the core sends them with the
  // code, so the key's own placeholder types cannot be known here.
  const translate = t as unknown as (key: string, values: object) => string
  // A task withdrawn because its number opted out: the refusal says so, not "refresh the page".
  if (error.code === 'wrong_state' && error.details.state === 'withdrawn')
    return t('campaigns.task.withdrawn.reopenRefused')
  const message = translate(`errors.${error.code}`, error.details)
  if (error.code !== 'invalid_input' || error.issues.length === 0) return message
  return [message, ...error.issues.map((issue) => issueText(issue, t))].join(' ')
}

/** The computer, not the user's file or input, is the problem: a full disk or a folder it cannot write. */
export function isStorageProblem(error: unknown): boolean {
  return error instanceof ApiCallError && (error.code === 'disk_full' || error.code === 'read_only')
}
