import { describe, expect, it } from 'vitest'
import { testI18n } from '../../i18n/test-i18n'
import { updateErrorWords } from './update-error-words'

describe('a failed update in Settings', () => {
  const i18n = testI18n()

  it('names the step that failed, never a failed download or install as a failed check', () => {
    const error = { kind: 'error', network: false, reason: 'x' } as const
    expect(updateErrorWords({ ...error, stage: 'check' }).headline).toBe(
      'updates.state.error.check',
    )
    expect(updateErrorWords({ ...error, stage: 'download' }).headline).toBe(
      'updates.state.error.download',
    )
    expect(updateErrorWords({ ...error, stage: 'install' }).headline).toBe(
      'updates.state.error.install',
    )
  })

  it('tells of the connection in words, in ru and en, and keeps the raw line second', () => {
    const words = updateErrorWords({
      kind: 'error',
      stage: 'check',
      network: true,
      reason: 'net::ERR_INTERNET_DISCONNECTED',
    })
    expect(words.advice).toBe('updates.state.error.network')
    const ru = i18n.cloneInstance({ lng: 'ru' })
    expect(ru.t(words.headline)).toBe('Не удалось проверить обновления.')
    expect(ru.t(words.advice ?? 'updates.state.error.network')).toContain('нет связи с интернетом')
    expect(ru.t(words.details, { reason: 'net::ERR_INTERNET_DISCONNECTED' })).toBe(
      'Подробности: net::ERR_INTERNET_DISCONNECTED',
    )
    const en = i18n.cloneInstance({ lng: 'en' })
    expect(en.t(words.advice ?? 'updates.state.error.network')).toContain('no internet connection')
    expect(
      updateErrorWords({ kind: 'error', stage: 'download', network: false, reason: 'x' }).advice,
    ).toBeNull()
  })
})
