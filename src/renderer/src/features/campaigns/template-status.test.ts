import { describe, expect, it } from 'vitest'
import {
  isSendable,
  templateCategoryKey,
  templateStatusColor,
  templateStatusKey,
} from './template-status'

describe('template status', () => {
  it('lets only approved templates be sent', () => {
    expect(isSendable('APPROVED')).toBe(true)
    expect(isSendable('approved')).toBe(true)
    for (const status of ['PAUSED', 'DISABLED', 'PENDING', 'REJECTED', 'FLAGGED']) {
      expect(isSendable(status)).toBe(false)
    }
  })

  it('names the statuses it explains and sorts the rest under other', () => {
    expect(templateStatusKey('PAUSED')).toBe('PAUSED')
    expect(templateStatusKey('disabled')).toBe('DISABLED')
    expect(templateStatusKey('LIMIT_EXCEEDED')).toBe('other')
    expect(templateStatusColor('APPROVED')).toBe('teal')
    expect(templateStatusColor('SOMETHING_NEW')).toBe('gray')
  })

  it('knows the three categories', () => {
    expect(templateCategoryKey('MARKETING')).toBe('MARKETING')
    expect(templateCategoryKey('utility')).toBe('UTILITY')
    expect(templateCategoryKey('MARKETING_LITE')).toBeNull()
  })
})
