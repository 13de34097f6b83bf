import { describe, expect, it } from 'vitest'
import { testI18n } from './test-i18n'
import { ApiCallError, UnreachableError } from '../api/errors'
import { errorMessage } from './error-message'
import { en } from './en'
import { ru } from './ru'
import type { InputIssue } from '../../../shared/result'

const i18n = testI18n()

describe('errorMessage', () => {
  it('translates the code, not the core’s English message', () => {
    const error = new ApiCallError({ code: 'not_found', message: 'No contact 7.' })
    expect(errorMessage(error, i18n.t)).toBe(ru.errors.not_found)
  })

  it('says why an import cannot start now: another import, or a restore, is under way', () => {
    const refusal = (state: string) =>
      errorMessage(
        new ApiCallError({ code: 'wrong_state', message: 'Refused.', details: { state } }),
        i18n.t,
      )
    expect(refusal('importing')).toBe(ru.errors.importRunning)
    expect(refusal('restoring')).toBe(ru.errors.restoreRunning)
    expect(refusal('importing')).not.toBe(refusal('restoring'))
  })

  it('says a list cannot be built while a copy is being restored', () => {
    const refusal = errorMessage(
      new ApiCallError({
        code: 'wrong_state',
        message: 'Refused.',
        details: { state: 'restoring_build' },
      }),
      i18n.t,
    )
    expect(refusal).toBe(ru.errors.restoreRunningBuild)
    expect(refusal).not.toBe(ru.errors.restoreRunning)
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
      `${ru.errors.invalid_input} ${ru.issues.shopName} Одно из полей: проверьте, что здесь всё верно.`,
    )
  })

  it('says every field issue in words, never a path or a code', () => {
    const issue = (value: InputIssue) =>
      errorMessage(
        new ApiCallError({ code: 'invalid_input', message: 'Bad.', issues: [value] }),
        i18n.t,
      ).slice(ru.errors.invalid_input.length + 1)
    // The shop's own number, refused by the core with its reason.
    expect(issue({ path: 'phone', message: 'too_short' })).toBe(ru.contacts.issues.too_short)
    expect(issue({ path: 'phones.1.raw', message: 'invalid_phone' })).toBe(
      ru.contacts.issues.invalid_phone,
    )
    const schema = (path: string, kind: string, limit: number, origin: string) =>
      issue({
        path,
        message: 'Too small: expected string to have >=1 characters',
        kind,
        limit,
        origin,
      })
    expect(schema('label', 'too_small', 1, 'string')).toBe('Название: заполните это поле.')
    expect(schema('text', 'too_big', 4096, 'string')).toBe(
      'Текст сообщения: не длиннее 4096 символов.',
    )
    expect(schema('note', 'too_big', 1, 'string')).toBe('Заметка: не длиннее 1 символа.')
    expect(schema('limits.perHour', 'too_big', 50, 'number')).toBe('Одно из полей: не больше 50.')
    expect(schema('window.days', 'too_small', 1, 'array')).toBe('Дни недели: заполните это поле.')
    expect(issue({ path: 'items.3.email', message: 'Invalid email', kind: 'invalid_format' })).toBe(
      'Эл. почта: проверьте, что здесь всё верно.',
    )
    for (const text of [
      schema('label', 'too_small', 1, 'string'),
      issue({ path: 'a.b', message: 'x' }),
    ]) {
      expect(text).not.toMatch(/[a-z_]{3,}|\w\.\w/)
    }
  })

  it('speaks English too', async () => {
    await i18n.changeLanguage('en')
    try {
      const error = new ApiCallError({
        code: 'invalid_input',
        message: 'Bad.',
        issues: [
          { path: 'phone', message: 'too_short' },
          { path: 'label', message: 'x', kind: 'too_big', limit: 40, origin: 'string' },
        ],
      })
      expect(errorMessage(error, i18n.t)).toBe(
        `${en.errors.invalid_input} ${en.contacts.issues.too_short} Name: at most 40 characters.`,
      )
    } finally {
      await i18n.changeLanguage('ru')
    }
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
