// Turns whatever a call threw into a sentence for the user, in the current language.
import type { TFunction } from 'i18next'
import type { InputIssue } from '../../../shared/result'
import { ApiCallError, UnreachableError } from '../api/errors'
// The first part: these texts can show on the first screen (ru-first.ts holds them).
import { ruFirst as ru } from './ru-first'

type KnownIssuePath = keyof typeof ru.issues
type PhoneReason = keyof typeof ru.contacts.issues
type FieldName = keyof typeof ru.inputIssues.fields

const isKnownIssuePath = (path: string): path is KnownIssuePath => Object.hasOwn(ru.issues, path)
const isPhoneReason = (message: string): message is PhoneReason =>
  Object.hasOwn(ru.contacts.issues, message)
const isFieldName = (name: string): name is FieldName => Object.hasOwn(ru.inputIssues.fields, name)

/**
 * One issue in words, in the app's language: a field we know says its own sentence; a number the
 * core refused says why (`too_short` → "the number is missing digits"); anything else names the
 * field as the form does and what is wrong with it. Never the schema's English or a code.
 */
export function issueText(issue: InputIssue, t: TFunction): string {
  if (isKnownIssuePath(issue.path)) return t(`issues.${issue.path}`)
  if (isPhoneReason(issue.message)) return t(`contacts.issues.${issue.message}`)
  const name = issue.path
    .split('.')
    .reverse()
    .find((part) => !/^\d+$/.test(part))
  const field =
    name !== undefined && isFieldName(name)
      ? t(`inputIssues.fields.${name}`)
      : t('inputIssues.someField')
  const count = issue.limit
  if (issue.kind === 'too_small' && count !== undefined) {
    if (issue.origin === 'string') {
      return count <= 1
        ? t('inputIssues.required', { field })
        : t('inputIssues.shorterThan', { field, count })
    }
    if (issue.origin === 'array' || issue.origin === 'set') {
      return count <= 1
        ? t('inputIssues.required', { field })
        : t('inputIssues.tooFewItems', { field, count })
    }
    return t('inputIssues.below', { field, count })
  }
  if (issue.kind === 'too_big' && count !== undefined) {
    if (issue.origin === 'string') return t('inputIssues.longerThan', { field, count })
    if (issue.origin === 'array' || issue.origin === 'set') {
      return t('inputIssues.tooManyItems', { field, count })
    }
    return t('inputIssues.above', { field, count })
  }
  return t('inputIssues.invalid', { field })
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
  // A phone broadcast is sent from the phone, never started: say what to do instead.
  if (error.code === 'wrong_state' && error.details.state === 'phone_broadcast')
    return t('phoneBroadcast.startRefused')
  // An import refused because another one, or a restore, is under way.
  if (error.code === 'wrong_state' && error.details.state === 'importing')
    return t('errors.importRunning')
  if (error.code === 'wrong_state' && error.details.state === 'restoring')
    return t('errors.restoreRunning')
  if (error.code === 'wrong_state' && error.details.state === 'restoring_build')
    return t('errors.restoreRunningBuild')
  // One list of a campaign over a broadcast list's cap: named, with what to do.
  if (error.code === 'list_full' && typeof error.details.list === 'string' && error.details.list)
    return translate('errors.list_full_in_campaign', error.details)
  const message = translate(`errors.${error.code}`, error.details)
  if (error.code !== 'invalid_input' || error.issues.length === 0) return message
  return [message, ...error.issues.map((issue) => issueText(issue, t))].join(' ')
}

/** The computer, not the user's file or input, is the problem: a full disk or a folder it cannot write. */
export function isStorageProblem(error: unknown): boolean {
  return error instanceof ApiCallError && (error.code === 'disk_full' || error.code === 'read_only')
}
