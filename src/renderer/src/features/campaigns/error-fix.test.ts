import { describe, expect, it } from 'vitest'
import { ApiCallError, UnreachableError } from '../../api/errors'
import { cloudReasonOf, errorFix } from './error-fix'

const refused = (code: ApiCallError['code'], details?: Record<string, string | number>) =>
  new ApiCallError({ code, message: code, ...(details ? { details } : {}) })

describe('error fix', () => {
  it("sends token and address problems to the number's settings", () => {
    expect(errorFix(refused('needs_token'))).toBe('settings')
    expect(errorFix(refused('cloud_unreachable', { host: 'graph.facebook.com' }))).toBe('settings')
    expect(errorFix(refused('cloud_api', { metaCode: 190, reason: 'token_invalid' }))).toBe(
      'settings',
    )
  })

  it('sends a blocked number to the ban centre, and leaves the rest alone', () => {
    expect(errorFix(refused('sender_blocked', { reason: 'policy_block' }))).toBe('banCentre')
    expect(errorFix(refused('template_unavailable'))).toBeNull()
    expect(errorFix(refused('cloud_api', { metaCode: 4, reason: 'app_rate_limit' }))).toBeNull()
    expect(errorFix(new UnreachableError(new Error('down')))).toBeNull()
  })
})

describe('cloud reason of an error', () => {
  it("reads the table's reason of a Meta error, not an unknown one nor other errors", () => {
    expect(cloudReasonOf(refused('cloud_api', { metaCode: 190, reason: 'token_invalid' }))).toBe(
      'token_invalid',
    )
    expect(cloudReasonOf(refused('cloud_api', { metaCode: 1, reason: 'unknown' }))).toBeNull()
    expect(cloudReasonOf(refused('cloud_api', { metaCode: 1, reason: 'made_up' }))).toBeNull()
    expect(cloudReasonOf(refused('needs_token'))).toBeNull()
  })
})
