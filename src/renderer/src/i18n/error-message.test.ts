import { describe, expect, it } from 'vitest'
import { testI18n } from './test-i18n'
import { ApiCallError, UnreachableError } from '../api/errors'
import { errorMessage } from './error-message'
import { ru } from './ru'

const i18n = testI18n()

describe('errorMessage', () => {
  it('translates the code, not the core’s English message', () => {
    const error = new ApiCallError({ code: 'not_found', message: 'No contact 7.' })
    expect(errorMessage(error, i18n.t)).toBe(ru.errors.not_found)
  })

  it('lists the field issues of invalid input', () => {
    const error = new ApiCallError({
      code: 'invalid_input',
      message: 'Bad input.',
      issues: [
        { path: 'shopName', message: 'Too big' },
        { path: 'other.field', message: 'Expected string' },
      ],
    })
    expect(errorMessage(error, i18n.t)).toBe(
      `${ru.errors.invalid_input} ${ru.issues.shopName} other.field: Expected string`,
    )
  })

  it('says a withdrawn task’s chat will not open, instead of "refresh the page"', () => {
    const error = new ApiCallError({
      code: 'wrong_state',
      message: 'This message was withdrawn.',
      details: { state: 'withdrawn' },
    })
    expect(errorMessage(error, i18n.t)).toBe(ru.campaigns.task.withdrawn.reopenRefused)
    const other = new ApiCallError({ code: 'wrong_state', message: 'x', details: { state: 'x' } })
    expect(errorMessage(other, i18n.t)).toBe(ru.errors.wrong_state)
  })

  it('says the app cannot be reached when the transport failed', () => {
    expect(errorMessage(new UnreachableError(new TypeError('fetch failed')), i18n.t)).toBe(
      ru.errors.unreachable,
    )
  })

  it('falls back to the generic internal error for anything else', () => {
    expect(errorMessage(new Error('boom'), i18n.t)).toBe(ru.errors.internal)
  })
})
