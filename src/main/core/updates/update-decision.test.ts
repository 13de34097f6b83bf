import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkEveryMs,
  decideUpdate,
  laterForMs,
  updateStateOf,
  type UpdateFacts,
} from './update-decision'
import type { UpdaterState } from './updater'

const start = Date.UTC(2026, 0, 5, 9, 0, 0)
const hour = 60 * 60 * 1000
const ready: UpdaterState = { kind: 'downloaded', version: '0.2.0' }

const facts = (over: Partial<UpdateFacts> = {}): UpdateFacts => ({
  now: start,
  updater: { kind: 'idle' },
  sending: false,
  lastCheckAt: null,
  later: null,
  asking: false,
  installing: false,
  ...over,
})

const updaterState: fc.Arbitrary<UpdaterState> = fc.oneof(
  fc.constant({ kind: 'idle' } as const),
  fc.constant({ kind: 'checking' } as const),
  fc.constant({ kind: 'up_to_date' } as const),
  fc.constantFrom('0.2.0', '0.3.0').map((version) => ({ kind: 'available' as const, version })),
  fc.double({ min: 0, max: 100, noNaN: true }).map((percent) => ({
    kind: 'downloading' as const,
    version: '0.2.0',
    percent,
  })),
  fc.constantFrom('0.2.0', '0.3.0').map((version) => ({ kind: 'downloaded' as const, version })),
  fc.constant({ kind: 'error', reason: 'net::ERR_INTERNET_DISCONNECTED' } as const),
)

const anyFacts: fc.Arbitrary<UpdateFacts> = fc.record({
  now: fc.integer({ min: start, max: start + 10 * checkEveryMs }),
  updater: updaterState,
  sending: fc.boolean(),
  lastCheckAt: fc.option(fc.integer({ min: start - checkEveryMs, max: start + 10 * checkEveryMs })),
  later: fc.option(
    fc.record({
      version: fc.constantFrom('0.2.0', '0.3.0'),
      at: fc.integer({ min: start - laterForMs, max: start + 10 * checkEveryMs }),
    }),
  ),
  asking: fc.boolean(),
  installing: fc.boolean(),
})

describe('when to check for a newer version', () => {
  it('checks at start, then not again until a day has passed', () => {
    expect(decideUpdate(facts()).checkNow).toBe(true)
    const checked = facts({ lastCheckAt: start, updater: { kind: 'up_to_date' } })
    expect(decideUpdate({ ...checked, now: start + 23 * hour }).checkNow).toBe(false)
    expect(decideUpdate({ ...checked, now: start + 24 * hour })).toMatchObject({
      checkNow: true,
      nextCheckAt: start + checkEveryMs,
    })
  })

  it('does not check while a check or a download is under way', () => {
    for (const updater of [
      { kind: 'checking' },
      { kind: 'available', version: '0.2.0' },
      { kind: 'downloading', version: '0.2.0', percent: 40 },
    ] as const) {
      expect(decideUpdate(facts({ updater })).checkNow).toBe(false)
    }
  })

  it('checks again a day after a failed check', () => {
    const failed = facts({ lastCheckAt: start, updater: { kind: 'error', reason: 'offline' } })
    expect(decideUpdate({ ...failed, now: start + hour }).checkNow).toBe(false)
    expect(decideUpdate({ ...failed, now: start + checkEveryMs }).checkNow).toBe(true)
  })
})

describe('offering the restart', () => {
  it('offers a downloaded version when no campaign is sending', () => {
    expect(decideUpdate(facts({ updater: ready }))).toMatchObject({
      offer: true,
      mayInstall: true,
      held: false,
    })
  })

  it('holds it while a campaign is sending: no question, no restart', () => {
    expect(decideUpdate(facts({ updater: ready, sending: true }))).toMatchObject({
      offer: false,
      mayInstall: false,
      held: true,
    })
  })

  it('after "Later", does not ask about that version again for a day, but Settings may restart', () => {
    const later = { version: '0.2.0', at: start }
    const soon = decideUpdate(facts({ updater: ready, later, now: start + 2 * hour }))
    expect(soon).toMatchObject({ offer: false, mayInstall: true, laterEndsAt: start + laterForMs })
    expect(decideUpdate(facts({ updater: ready, later, now: start + laterForMs })).offer).toBe(true)
    // A newer version than the one put off is asked about at once.
    const newer = { kind: 'downloaded', version: '0.3.0' } as const
    expect(decideUpdate(facts({ updater: newer, later, now: start + hour })).offer).toBe(true)
  })

  it('asks once at a time, and not again while the app restarts', () => {
    expect(decideUpdate(facts({ updater: ready, asking: true })).offer).toBe(false)
    expect(decideUpdate(facts({ updater: ready, installing: true }))).toMatchObject({
      offer: false,
      mayInstall: false,
      checkNow: false,
    })
  })

  it('offers nothing without a downloaded version', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        const decision = decideUpdate(f)
        if (f.updater.kind !== 'downloaded') {
          expect(decision.offer).toBe(false)
          expect(decision.mayInstall).toBe(false)
        }
      }),
    )
  })

  it('property: never offers or allows a restart while a campaign is sending', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        const decision = decideUpdate({ ...f, sending: true })
        expect(decision.offer).toBe(false)
        expect(decision.mayInstall).toBe(false)
      }),
    )
  })

  it('property: a ready version is either held (sending) or allowed, never both or neither', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        const decision = decideUpdate({ ...f, updater: ready, installing: false })
        expect(decision.held).toBe(f.sending)
        expect(decision.mayInstall).toBe(!f.sending)
      }),
    )
  })
})

describe('what Settings shows', () => {
  it('says ready, or held while sending, and rounds the download to whole percent in 0..100', () => {
    expect(updateStateOf(ready, false)).toEqual({ kind: 'ready', version: '0.2.0', held: false })
    expect(updateStateOf(ready, true)).toEqual({ kind: 'ready', version: '0.2.0', held: true })
    expect(
      updateStateOf({ kind: 'downloading', version: '0.2.0', percent: 41.6 }, false),
    ).toMatchObject({ percent: 42 })
    expect(
      updateStateOf({ kind: 'downloading', version: null, percent: 100.4 }, false),
    ).toMatchObject({ percent: 100 })
  })
})
