import { describe, expect, it } from 'vitest'
import type { CampaignCounts } from '../../../../shared/campaigns'
import {
  countdown,
  countdownKey,
  progressOf,
  progressSections,
  reasonDetailKey,
  reasonKey,
  waitOf,
} from './campaign-progress'

const counts: CampaignCounts = {
  total: 10,
  planned: 4,
  sending: 1,
  sent: 3,
  skipped: 1,
  failed: 1,
  uncertain: 0,
  delivered: 2,
  read: 1,
}

describe('campaign progress', () => {
  it('counts sent, skipped and failed as done, planned and sending as left', () => {
    expect(progressOf(counts)).toEqual({ done: 5, total: 10, percent: 50, left: 5 })
    expect(
      progressOf({ ...counts, total: 0, planned: 0, sending: 0, sent: 0, skipped: 0, failed: 0 }),
    ).toEqual({ done: 0, total: 0, percent: 0, left: 0 })
    expect(progressSections(counts)).toEqual({ sent: 30, skipped: 10, failed: 10, uncertain: 0 })
  })
})

describe('countdown', () => {
  it('rounds up to the second and never goes negative', () => {
    expect(countdown(185_001)).toEqual({ hours: 0, minutes: 3, seconds: 6 })
    expect(countdown(-5000)).toEqual({ hours: 0, minutes: 0, seconds: 0 })
    expect(countdown(2 * 3600_000 + 5 * 60_000)).toEqual({ hours: 2, minutes: 5, seconds: 0 })
  })

  it('picks the wording by the largest unit', () => {
    expect(countdownKey({ hours: 1, minutes: 0, seconds: 9 })).toBe('hours')
    expect(countdownKey({ hours: 0, minutes: 3, seconds: 0 })).toBe('minutes')
    expect(countdownKey({ hours: 0, minutes: 0, seconds: 42 })).toBe('seconds')
  })
})

describe('what the campaign waits for', () => {
  const now = new Date(2026, 11, 1, 12, 0).getTime()
  const running = { state: 'running' as const, nextDueAt: now + 90_000, waitReason: 'gap' as const }

  it('gives the time and the reason of the next message', () => {
    expect(waitOf(running, now)).toEqual({
      kind: 'at',
      reason: 'gap',
      at: now + 90_000,
      sameDay: true,
    })
    const tomorrow = new Date(2026, 11, 2, 10, 0).getTime()
    expect(waitOf({ ...running, nextDueAt: tomorrow, waitReason: 'window' }, now)).toEqual({
      kind: 'at',
      reason: 'window',
      at: tomorrow,
      sameDay: false,
    })
    expect(waitOf({ ...running, state: 'scheduled', waitReason: 'start_time' }, now)).toMatchObject(
      {
        kind: 'at',
        reason: 'start_time',
      },
    )
  })

  it('says when it is the owner’s turn, paused, over, due now or nothing is planned', () => {
    expect(waitOf({ ...running, waitReason: 'awaiting_owner' }, now)).toEqual({
      kind: 'awaitingOwner',
    })
    // An uncertain message of the number: the owner's word is waited for, not a time.
    expect(waitOf({ ...running, waitReason: 'uncertain', nextDueAt: null }, now)).toEqual({
      kind: 'uncertain',
    })
    expect(waitOf({ ...running, state: 'paused' }, now)).toEqual({ kind: 'paused' })
    expect(waitOf({ ...running, state: 'finished' }, now)).toEqual({ kind: 'over' })
    expect(waitOf({ ...running, state: 'cancelled' }, now)).toEqual({ kind: 'over' })
    expect(waitOf({ ...running, nextDueAt: now - 1 }, now)).toEqual({ kind: 'soon' })
    expect(waitOf({ ...running, nextDueAt: null, waitReason: null }, now)).toEqual({ kind: 'none' })
    expect(waitOf({ ...running, state: 'draft' }, now)).toEqual({ kind: 'none' })
  })
})

describe('item reasons', () => {
  it('translate owner answers under campaigns and eligibility reasons under eligibility', () => {
    expect(reasonKey('asked_to_stop')).toBe('campaigns.itemReason.asked_to_stop')
    expect(reasonKey('opted_out')).toBe('eligibility.opted_out')
    expect(reasonKey('marketing_stopped')).toBe('campaigns.itemReason.marketing_stopped')
    expect(reasonKey('invalid_number')).toBe('eligibility.invalid_number')
  })

  it("explain the Cloud API's reasons at length, Meta's invalid number only when it failed", () => {
    expect(reasonDetailKey('marketing_stopped', 'failed')).toBe('cloudErrors.marketing_stopped')
    expect(reasonDetailKey('template_paused', 'skipped')).toBe('cloudErrors.template_paused')
    expect(reasonDetailKey('invalid_number', 'failed')).toBe('cloudErrors.invalid_number')
    expect(reasonDetailKey('invalid_number', 'skipped')).toBeNull()
    expect(reasonDetailKey('opted_out', 'skipped')).toBeNull()
    expect(reasonDetailKey('asked_to_stop', 'skipped')).toBeNull()
  })
})
