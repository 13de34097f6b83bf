import { describe, expect, it } from 'vitest'
import { updateErrorReason, updateQuestion } from './update-dialog-texts'

describe('the restart-to-update question', () => {
  it('speaks the Settings’ language, or the system’s when left to the system', () => {
    expect(updateQuestion('0.2.0', 'ru', 'en-US').buttons).toEqual([
      'Перезапустить сейчас',
      'Позже',
    ])
    expect(updateQuestion('0.2.0', 'en', 'ru-RU').buttons).toEqual(['Restart now', 'Later'])
    expect(updateQuestion('0.2.0', null, 'ru-RU').message).toContain('Версия 0.2.0 загружена')
    expect(updateQuestion('0.2.0', null, 'de-DE').message).toContain('Version 0.2.0 is downloaded')
  })

  it('keeps the updater’s error to one short line', () => {
    expect(updateErrorReason(new Error('net::ERR_INTERNET_DISCONNECTED\n    at stack'))).toBe(
      'net::ERR_INTERNET_DISCONNECTED',
    )
    expect(updateErrorReason(new Error('x'.repeat(500)))).toHaveLength(160)
    expect(updateErrorReason(new Error(''))).toBe('unknown error')
  })
})
