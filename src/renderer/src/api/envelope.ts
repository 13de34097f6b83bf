// What arrives over HTTP is untrusted text; these guards check its shape before it is typed.
import type { EventMessage } from '../../../shared/api'
import { isEventName } from './event-names'
import { errorCodes, type ApiError, type InputIssue, type Result } from '../../../shared/result'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

const isIssue = (value: unknown): value is InputIssue =>
  isObject(value) &&
  typeof value.path === 'string' &&
  typeof value.message === 'string' &&
  (value.kind === undefined || typeof value.kind === 'string') &&
  (value.limit === undefined || typeof value.limit === 'number') &&
  (value.origin === undefined || typeof value.origin === 'string')

const isFact = (value: unknown) => typeof value === 'string' || typeof value === 'number'

function isApiError(value: unknown): value is ApiError {
  if (!isObject(value) || typeof value.message !== 'string') return false
  if (!errorCodes.some((code) => code === value.code)) return false
  const { issues, details } = value
  if (issues !== undefined && !(Array.isArray(issues) && issues.every(isIssue))) return false
  return details === undefined || (isObject(details) && Object.values(details).every(isFact))
}

/** A result envelope; the value itself is the contract's business and is not checked here. */
export function isResult(value: unknown): value is Result<unknown> {
  if (!isObject(value)) return false
  if (value.ok === true) return 'value' in value
  return value.ok === false && isApiError(value.error)
}

export function isEventMessage(value: unknown): value is EventMessage {
  return isObject(value) && typeof value.name === 'string' && isEventName(value.name)
}
