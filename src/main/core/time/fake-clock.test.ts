import { describe, expect, it } from 'vitest'
import { FakeClock } from './fake-clock'

describe('FakeClock', () => {
  it('fires timers in time order as time advances, including timers set by timers', () => {
    const clock = new FakeClock(0)
    const fired: string[] = []
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 200)
    clock.setTimeout(() => {
      fired.push(`a@${clock.now()}`)
      clock.setTimeout(() => fired.push(`c@${clock.now()}`), 50)
    }, 100)
    clock.advance(120)
    expect(fired).toEqual(['a@100'])
    clock.advance(1000)
    expect(fired).toEqual(['a@100', 'c@150', 'b@200'])
    expect(clock.now()).toBe(1120)
  })

  it('never fires a cancelled timer', () => {
    const clock = new FakeClock(0)
    let fired = false
    clock.setTimeout(() => (fired = true), 10).cancel()
    clock.advance(100)
    expect(fired).toBe(false)
    expect(clock.pendingTimers).toBe(0)
  })
})
