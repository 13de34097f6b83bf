// Meta allows 200 management calls an hour per app per WhatsApp Business account
// (https://developers.facebook.com/documentation/business-messaging/whatsapp/about-the-platform,
// WHATSAPP-FACTS.md §3 [S7]). Rupor counts them per account in a rolling hour, keeping a share for
// the owner's clicks that background polling may not use.
import fc from 'fast-check'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeDatabase, openDatabase } from '../db/open-database'
import { useTempDir } from '../test-support/temp-dir'
import { FakeClock } from '../time/fake-clock'
import { createPollBackoff, firstBackoffMs, maxBackoffMs } from './poll-backoff'
import {
  createRequestBudget,
  managementCallsPerHour,
  ownerHeadroom,
  startHeadroom,
  type RequestPriority,
} from './request-budget'

const minute = 60_000
const hour = 60 * minute

describe('the hourly budget of Meta management requests', () => {
  const tempDir = useTempDir()
  const opened: (() => void)[] = []
  afterEach(() => {
    for (const close of opened.splice(0)) close()
  })
  function setUp() {
    const clock = new FakeClock(Date.UTC(2026, 11, 1, 8))
    const { db } = openDatabase({
      file: join(tempDir(), `budget-${String(opened.length)}.db`),
      now: clock.now(),
    })
    opened.push(() => closeDatabase(db))
    return { clock, db, budget: createRequestBudget(db, clock) }
  }

  it('stops background polling 40 calls early, lets the owner use the rest, and frees calls as the hour rolls', () => {
    const { clock, db, budget } = setUp()
    let background = 0
    while (budget.take('waba-1', 'message_history', 'background')) {
      background++
      clock.advance(1_000)
    }
    expect(background).toBe(managementCallsPerHour - ownerHeadroom)
    expect(budget.leftForBackground('waba-1')).toBe(0)
    expect(budget.left('waba-1')).toBe(ownerHeadroom)
    // The owner's refresh of statuses may use some of the headroom, never what a start needs.
    let refresh = 0
    while (budget.take('waba-1', 'message_history', 'refresh')) refresh++
    expect(refresh).toBe(ownerHeadroom - startHeadroom)
    // The owner's check and template list (a campaign's start) still go.
    let owner = 0
    while (budget.take('waba-1', 'templates', 'owner')) owner++
    expect(owner).toBe(startHeadroom)
    expect(budget.left('waba-1')).toBe(0)
    // Another account is not touched.
    expect(budget.take('waba-2', 'templates', 'owner')).toBe(true)
    // The first call leaves the hour one hour after it was made.
    const first = Date.UTC(2026, 11, 1, 8)
    expect(budget.freeAt('waba-1', 'owner')).toBe(first + hour + 1)
    clock.advance(first + hour + 1 - clock.now())
    expect(budget.take('waba-1', 'templates', 'owner')).toBe(true)
    // Old rows are pruned: the table holds only the last hour.
    const { n } = db
      .prepare<[number], { n: number }>('SELECT count(*) AS n FROM cloud_requests WHERE at <= ?')
      .get(clock.now() - hour) ?? { n: -1 }
    expect(n).toBe(0)
  })

  it('never lets more than 200 calls into any rolling hour, nor background past 160 (property)', () => {
    // One database for every run: each run's accounts have names of their own.
    const { clock, budget } = setUp()
    let run = 0
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gapMs: fc.integer({ min: 0, max: 3 * minute }),
            account: fc.constantFrom('a', 'b'),
            priority: fc.constantFrom<RequestPriority>('owner', 'refresh', 'background'),
            burst: fc.integer({ min: 1, max: 30 }),
          }),
          { minLength: 1, maxLength: 120 },
        ),
        (steps) => {
          run++
          const taken = new Map<string, number[]>()
          for (const step of steps) {
            clock.advance(step.gapMs)
            const waba = `${step.account}-${String(run)}`
            for (let i = 0; i < step.burst; i++) {
              if (!budget.take(waba, 'x', step.priority)) break
              const times = taken.get(waba) ?? []
              times.push(clock.now())
              taken.set(waba, times)
              const inHour = times.filter((at) => at > clock.now() - hour).length
              expect(inHour).toBeLessThanOrEqual(managementCallsPerHour)
              if (step.priority === 'background') {
                expect(inHour).toBeLessThanOrEqual(managementCallsPerHour - ownerHeadroom)
              }
              if (step.priority === 'refresh') {
                expect(inHour).toBeLessThanOrEqual(managementCallsPerHour - startHeadroom)
              }
            }
          }
        },
      ),
      { numRuns: 25, seed: 20261201 },
    )
  }, 60_000)
})

describe('the back-off of status polling', () => {
  it('doubles from one poll period up to four hours, honours Meta’s longer wait, and ends on an answer', () => {
    const clock = new FakeClock(0)
    const backoff = createPollBackoff(clock)
    const waits = Array.from({ length: 8 }, () => backoff.failed(1, 4, null).until - clock.now())
    expect(waits).toEqual([
      firstBackoffMs,
      2 * firstBackoffMs,
      4 * firstBackoffMs,
      8 * firstBackoffMs,
      16 * firstBackoffMs,
      maxBackoffMs,
      maxBackoffMs,
      maxBackoffMs,
    ])
    expect(backoff.current(1)).toMatchObject({ metaCode: 4, failures: 8 })
    backoff.answered(1)
    expect(backoff.current(1)).toBeNull()
    // Meta's estimated_time_to_regain_access, when longer, wins.
    expect(backoff.failed(1, 80007, 6 * hour).until).toBe(6 * hour)
    clock.advance(6 * hour - clock.now())
    expect(backoff.current(1)).toBeNull()
    // Another number's wait is its own.
    expect(backoff.current(2)).toBeNull()
  })
})
