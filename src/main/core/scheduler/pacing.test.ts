import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { drawGapMs, seededRandom } from './pacing'

describe('drawGapMs', () => {
  it('never leaves the range, whatever the range and the draws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 300 }),
        fc.integer({ min: 0, max: 270 }),
        fc.integer(),
        (min, width, seed) => {
          const max = Math.min(300, min + width)
          const random = seededRandom(seed)
          for (let i = 0; i < 50; i += 1) {
            const gap = drawGapMs(random, min, max)
            expect(gap).toBeGreaterThanOrEqual(min * 1000)
            expect(gap).toBeLessThanOrEqual(max * 1000)
          }
        },
      ),
    )
  })

  it('is irregular like a person: skewed to short gaps, with long pauses, neither a metronome nor flat noise', () => {
    const random = seededRandom(7)
    const gaps = Array.from({ length: 5000 }, () => drawGapMs(random, 30, 300) / 1000)
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length
    const sd = Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length)
    // Not a metronome: the gaps spread widely.
    expect(sd).toBeGreaterThan(40)
    // Not uniform: a uniform draw over 30–300 s would put a third in each third of the range.
    const lowerThird = gaps.filter((g) => g < 120).length / gaps.length
    const upperThird = gaps.filter((g) => g >= 210).length / gaps.length
    expect(lowerThird).toBeGreaterThan(0.5)
    expect(upperThird).toBeGreaterThan(0.05)
    expect(upperThird).toBeLessThan(0.25)
    // Not stuck on a bound.
    expect(gaps.filter((g) => g === 30 || g === 300).length).toBeLessThan(gaps.length / 100)
  })

  it('gives exactly the one value a closed range allows', () => {
    expect(drawGapMs(seededRandom(1), 45, 45)).toBe(45_000)
  })
})
