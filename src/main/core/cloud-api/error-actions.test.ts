import { describe, expect, it } from 'vitest'
import { actionFor, errorActions } from './error-actions'

describe('the Cloud API error table', () => {
  // Row by row, as the issue names them.
  it.each([
    [130429, 'retry', 'throughput'],
    [131000, 'retry', 'service_down'],
    [131016, 'retry', 'service_down'],
    [133004, 'retry', 'service_down'],
    [2, 'retry', 'service_down'],
    [1, 'retry', 'service_down'],
    [131057, 'retry', 'maintenance'],
    [131056, 'defer_recipient', 'pair_rate_limit'],
    [131026, 'skip', 'undeliverable'],
    [131009, 'pause_campaign', 'parameter_not_valid'],
    [131050, 'skip', 'marketing_stopped'],
    [131049, 'skip', 'not_delivered_ecosystem'],
    [130472, 'skip', 'experiment'],
    [131047, 'skip', 're_engagement'],
    [131021, 'skip', 'recipient_is_sender'],
    [131030, 'skip', 'not_in_allowed_list'],
    [132005, 'skip', 'template_too_long'],
    [130497, 'skip', 'country_not_allowed'],
    [132015, 'pause_campaign', 'template_paused'],
    [132016, 'pause_campaign', 'template_disabled'],
    [132001, 'pause_campaign', 'template_missing'],
    [132000, 'pause_campaign', 'template_params'],
    [132012, 'pause_campaign', 'template_params'],
    [132007, 'pause_campaign', 'template_format'],
    [4, 'pause_campaign', 'app_rate_limit'],
    [80007, 'pause_campaign', 'account_rate_limit'],
    [80008, 'pause_campaign', 'account_rate_limit'],
    [100, 'pause_campaign', 'invalid_parameter'],
    [131008, 'pause_campaign', 'missing_parameter'],
    [131051, 'pause_campaign', 'unsupported_type'],
    [131053, 'pause_campaign', 'media_error'],
    [135000, 'pause_campaign', 'generic_user_error'],
    [3, 'pause_campaign', 'no_permission'],
    [10, 'pause_campaign', 'no_permission'],
    [131005, 'pause_campaign', 'no_permission'],
    [33, 'pause_campaign', 'number_deleted'],
    [133010, 'pause_campaign', 'not_registered'],
    [131037, 'pause_campaign', 'display_name'],
    [131045, 'pause_campaign', 'certificate'],
    [368, 'stop_sender', 'policy_block'],
    [131031, 'stop_sender', 'account_locked'],
    [131048, 'stop_sender', 'spam_limit'],
    [131042, 'stop_sender', 'payment'],
    [0, 'new_token', 'token_invalid'],
    [190, 'new_token', 'token_invalid'],
  ])('code %i: %s (%s)', (code, action, reason) => {
    expect(actionFor(code)).toMatchObject({ action, reason })
  })

  it('puts only a marketing stop on the opt-out list', () => {
    const optOuts = [...errorActions].filter(([, a]) => a.optOut).map(([code]) => code)
    expect(optOuts).toEqual([131050])
  })

  it('treats the whole 200–299 range as a permission problem', () => {
    expect(actionFor(200)).toMatchObject({ action: 'pause_campaign', reason: 'no_permission' })
    expect(actionFor(299)).toMatchObject({ action: 'pause_campaign', reason: 'no_permission' })
  })

  it('pauses on a code it does not know, so the owner sees Meta’s own words', () => {
    expect(actionFor(987654)).toEqual({ action: 'pause_campaign', reason: 'unknown' })
    expect(actionFor(300)).toEqual({ action: 'pause_campaign', reason: 'unknown' })
  })

  it('has one row per code: no code is mapped twice', () => {
    expect(errorActions.size).toBe(45)
  })
})
