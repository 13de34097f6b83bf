// windowAt keeps its last answer for the stretch it holds for; asked at any instants in any order,
// in zones with clock changes, it must answer as working it out afresh does.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { windowAt, windowAtUncached } from './sending-window'

const zones = ['Europe/Moscow', 'Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe', 'UTC']
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 10, 30, 59))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const window = fc
  .record({
    start: hhmm,
    end: hhmm,
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  })
  .filter((w) => w.start < w.end)
// Around the 2026 spring and autumn clock changes of both hemispheres, and a quiet stretch.
const around = fc.constantFrom(
  Date.UTC(2026, 2, 29),
  Date.UTC(2026, 9, 25),
  Date.UTC(2026, 3, 5),
  Date.UTC(2026, 8, 6),
  Date.UTC(2026, 11, 1),
)

describe('the sending window, kept between questions', () => {
  it('answers as the zone’s rules worked out afresh do', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        window,
        around,
        fc.array(fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.boolean(),
        (zone, w, base, offsets, sorted) => {
          const instants = offsets.map((o) => base + o)
          if (sorted) instants.sort((a, b) => a - b)
          for (const at of instants) {
            expect(windowAt(w, zone, at)).toEqual(windowAtUncached(w, zone, at))
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
