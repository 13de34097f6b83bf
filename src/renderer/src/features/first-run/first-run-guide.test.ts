import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { campaignStates } from '../../../../shared/campaigns'
import { firstRunGuide, firstRunStepKeys, type FirstRunFacts } from './first-run-guide'

const fresh: FirstRunFacts = { contacts: 0, withConsent: 0, senders: 0, lists: 0, campaigns: [] }

const doneKeys = (facts: FirstRunFacts) =>
  (firstRunGuide(facts, false) ?? []).filter((step) => step.done).map((step) => step.key)
const currentKey = (facts: FirstRunFacts) =>
  firstRunGuide(facts, false)?.find((step) => step.current)?.key

describe('the first-run guide', () => {
  it('starts with nothing ticked and the import to do first', () => {
    expect(doneKeys(fresh)).toEqual([])
    expect(currentKey(fresh)).toBe('import')
  })

  it('ticks each step from what the app holds', () => {
    const imported = { ...fresh, contacts: 1124 }
    expect(doneKeys(imported)).toEqual(['import'])
    expect(currentKey(imported)).toBe('consent')
    const agreed = { ...imported, withConsent: 300 }
    expect(currentKey(agreed)).toBe('sender')
    const numbered = { ...agreed, senders: 1, lists: 2 }
    expect(doneKeys(numbered)).toEqual(['import', 'consent', 'sender', 'list'])
    expect(currentKey(numbered)).toBe('campaign')
  })

  it('points at the first step not done, even when a later one is', () => {
    const listFirst = { ...fresh, contacts: 5, lists: 1 }
    expect(doneKeys(listFirst)).toEqual(['import', 'list'])
    expect(currentKey(listFirst)).toBe('consent')
  })

  it('counts a draft as no campaign, a scheduled one as taken but keeps the guide', () => {
    const all = { contacts: 5, withConsent: 5, senders: 1, lists: 1 }
    expect(doneKeys({ ...all, campaigns: ['draft'] })).not.toContain('campaign')
    const scheduled = firstRunGuide({ ...all, campaigns: ['draft', 'scheduled'] }, false)
    expect(scheduled?.every((step) => step.done)).toBe(true)
    expect(scheduled?.some((step) => step.current)).toBe(false)
  })

  it('is gone once a campaign has run, and when the owner closed it', () => {
    expect(firstRunGuide({ ...fresh, campaigns: ['running'] }, false)).toBeNull()
    expect(firstRunGuide({ ...fresh, campaigns: ['finished', 'draft'] }, false)).toBeNull()
    expect(firstRunGuide(fresh, true)).toBeNull()
  })

  it('always lists the five steps in order with at most one current, the first not done', () => {
    const count = fc.nat({ max: 3 })
    fc.assert(
      fc.property(
        fc.record({
          contacts: count,
          withConsent: count,
          senders: count,
          lists: count,
          campaigns: fc.array(fc.constantFrom('draft' as const, 'scheduled' as const), {
            maxLength: 3,
          }),
        }),
        (facts) => {
          const steps = firstRunGuide(facts, false)
          expect(steps?.map((step) => step.key)).toEqual([...firstRunStepKeys])
          const current = steps?.filter((step) => step.current) ?? []
          expect(current.length).toBeLessThanOrEqual(1)
          expect(current[0]?.key).toBe(steps?.find((step) => !step.done)?.key)
        },
      ),
    )
    // Any campaign state past a schedule hides it, whatever else holds.
    for (const state of campaignStates.filter((s) => s !== 'draft' && s !== 'scheduled')) {
      expect(firstRunGuide({ ...fresh, campaigns: [state] }, false)).toBeNull()
    }
  })
})
