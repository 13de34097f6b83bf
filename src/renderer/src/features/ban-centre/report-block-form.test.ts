import { describe, expect, it } from 'vitest'
import type { Campaign } from '../../../../shared/campaigns'
import { toLocalInput } from '../campaigns/composer-form'
import { emptyReportForm, liveCampaignsOf, reportInput, reportProblem } from './report-block-form'

const now = Date.parse('2026-12-01T10:00:00Z')

describe('the report of a block', () => {
  it('sends the kind and the hours, and "now" by leaving the moment to the core', () => {
    expect(reportInput(3, emptyReportForm)).toEqual({ id: 3, kind: 'temporary', hours: 24 })
    expect(reportInput(3, { ...emptyReportForm, choice: 'temporary48' })).toMatchObject({
      kind: 'temporary',
      hours: 48,
    })
    expect(reportInput(3, { ...emptyReportForm, choice: 'permanent' })).toMatchObject({
      kind: 'permanent',
    })
  })

  it('sends a moment the owner gave in the computer’s time', () => {
    const at = now - 3 * 3_600_000
    const form = { ...emptyReportForm, when: 'earlier' as const, at: toLocalInput(at) }
    expect(reportProblem(form, now)).toBeNull()
    expect(reportInput(3, form).at).toBe(at)
  })

  it('asks for a moment when "earlier" has none, and refuses one still to come', () => {
    expect(reportProblem({ ...emptyReportForm, when: 'earlier' }, now)).toBe('required')
    const later = {
      ...emptyReportForm,
      when: 'earlier' as const,
      at: toLocalInput(now + 7_200_000),
    }
    expect(reportProblem(later, now)).toBe('future')
    expect(reportProblem(emptyReportForm, now)).toBeNull()
  })

  it('counts the running and scheduled campaigns of the number, which a block pauses', () => {
    const campaign = (senderId: number, state: Campaign['state']) =>
      ({ senderId, state }) as Campaign
    const campaigns = [
      campaign(1, 'running'),
      campaign(1, 'scheduled'),
      campaign(1, 'paused'),
      campaign(1, 'finished'),
      campaign(2, 'running'),
    ]
    expect(liveCampaignsOf(campaigns, 1)).toBe(2)
    expect(liveCampaignsOf(campaigns, 3)).toBe(0)
  })
})
