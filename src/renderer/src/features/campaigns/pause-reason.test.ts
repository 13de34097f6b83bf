import { describe, expect, it } from 'vitest'
import type { PauseReason } from '../../../../shared/cloud-errors'
import { pauseShortKey, pauseView } from './pause-reason'

const at = Date.UTC(2026, 11, 1, 9, 0)

describe('pause reason', () => {
  it("explains a known reason in Rupor's words, Meta's code and message under it", () => {
    const pause: PauseReason = {
      reason: 'template_paused',
      code: 132015,
      message: 'Template is paused',
      until: null,
      at,
    }
    expect(pauseView(pause, false)).toEqual({
      kind: 'stopped',
      lead: { explain: 'template_paused' },
      meta: { code: 132015, message: 'Template is paused' },
      until: null,
      goTo: null,
    })
  })

  it("makes Meta's own message the main text for an error Rupor does not know", () => {
    const pause: PauseReason = {
      reason: 'unknown',
      code: 999001,
      message: ' Something new at Meta ',
      until: null,
      at,
    }
    expect(pauseView(pause, false)).toMatchObject({
      lead: { metaMessage: 'Something new at Meta' },
      meta: { code: 999001, message: '' },
    })
    // Without a message there is nothing better than the explanation.
    expect(pauseView({ ...pause, message: '' }, false).lead).toEqual({ explain: 'unknown' })
  })

  it('says when access returns, and sends a blocked number to the ban centre', () => {
    const limit: PauseReason = {
      reason: 'account_rate_limit',
      code: 80007,
      message: 'Rate limit',
      until: at + 3_600_000,
      at,
    }
    expect(pauseView(limit, false)).toMatchObject({ until: at + 3_600_000, goTo: null })
    const blocked: PauseReason = {
      reason: 'sender_blocked',
      code: null,
      message: '',
      until: null,
      at,
    }
    expect(pauseView(blocked, false)).toEqual({
      kind: 'blocked',
      lead: { explain: 'sender_blocked' },
      meta: null,
      until: null,
      goTo: 'banCentre',
    })
    // A policy block stops the number: the ban centre too, whatever the campaign's own reason.
    expect(pauseView({ ...limit, reason: 'policy_block' }, true)).toMatchObject({
      kind: 'blocked',
      goTo: 'banCentre',
    })
  })

  it('points a refused token to the number settings', () => {
    const pause: PauseReason = {
      reason: 'token_invalid',
      code: 190,
      message: 'Error validating access token',
      until: null,
      at,
    }
    expect(pauseView(pause, false).goTo).toBe('settings')
    expect(
      pauseView({ ...pause, reason: 'network', code: null, message: '' }, false),
    ).toMatchObject({ meta: null, goTo: null })
  })
})

describe('paused when Rupor was closed', () => {
  it('says so in its own headline, with nothing of Meta and nothing to fix', () => {
    const pause: PauseReason = { reason: 'app_quit', code: null, message: '', until: null, at }
    expect(pauseView(pause, false)).toEqual({
      kind: 'quit',
      lead: { explain: 'app_quit' },
      meta: null,
      until: null,
      goTo: null,
    })
    // A blocked number still says it is blocked first.
    expect(pauseView(pause, true).kind).toBe('blocked')
  })
})

describe('pause reason in a few words', () => {
  it("uses the item's label, or its own for the network and a blocked number", () => {
    expect(pauseShortKey('template_paused')).toBe('campaigns.itemReason.template_paused')
    expect(pauseShortKey('network')).toBe('campaigns.detail.autoPause.shortNetwork')
    expect(pauseShortKey('sender_blocked')).toBe('campaigns.detail.autoPause.shortBlocked')
    expect(pauseShortKey('internal_error')).toBe('campaigns.detail.autoPause.shortInternal')
    expect(pauseShortKey('app_quit')).toBe('campaigns.detail.autoPause.shortQuit')
  })
})
