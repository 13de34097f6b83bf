import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultLimits, defaultWarmUp, defaultWindow } from '../../../shared/senders'
import { checkListMessage } from '../phone-lists/list-message-check'
import { phoneListWorld } from '../phone-lists/phone-list-fixture'
import { readPhoneList } from '../phone-lists/phone-list-state'
import { CoreError } from '../errors'
import { FakeClock } from '../time/fake-clock'
import { createComposer } from './compose-message'
import { createListMessages } from './list-message'

const hour = 60 * 60 * 1000
const madeAt = 1000
const now = madeAt + 48 * hour

/** One person of the Rupor list, and what happened to them since the phone's list was made. */
const personArb = fc.record({
  onPhone: fc.boolean(),
  // Mostly people who may get it, so that many runs do record one.
  saved: fc.constantFrom<'yes' | 'likely' | 'no' | 'unknown'>(
    'yes',
    'yes',
    'likely',
    'no',
    'unknown',
  ),
  consent: fc.constantFrom<'granted' | 'unknown' | 'withdrawn'>(
    'granted',
    'granted',
    'granted',
    'unknown',
    'withdrawn',
  ),
  optedOut: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  /** The owner already took them off the phone's list (confirmed the removal). */
  removed: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
})

/** On the phone's list, saved our number, agreed, never opted out: the message goes to them. */
const willGetIt = {
  onPhone: true,
  saved: 'yes' as const,
  consent: 'granted' as const,
  optedOut: false,
  removed: false,
}

describe('recording a list message (property)', () => {
  it('never writes a row for an opted-out number or someone not on the phone’s list, and never twice', () => {
    let recordings = 0
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 2, maxLength: 8 }), (people) => {
        const world = phoneListWorld()
        const { db } = world
        const sender = world.sender()
        // The fixture's sender has empty settings: the defaults a saved one gets.
        db.prepare(
          'UPDATE senders SET sending_window = ?, limits = ?, warm_up = ? WHERE id = ?',
        ).run(
          JSON.stringify(defaultWindow),
          JSON.stringify(defaultLimits),
          JSON.stringify(defaultWarmUp),
          sender,
        )
        const ids = people.map((p, i) =>
          world.person({
            name: `Клиент ${String(i + 1)}`,
            e164: `+7916000000${String(i)}`,
            saved: p.saved,
            consent: p.consent,
          }),
        )
        const listId = world.list('Весна', ids)
        world.phoneList(
          listId,
          sender,
          ids.filter((_, i) => people[i]?.onPhone === true),
          madeAt,
        )
        people.forEach((p, i) => {
          if (p.optedOut) world.optOut(`+7916000000${String(i)}`)
          if (p.removed)
            db.prepare('DELETE FROM phone_list_members WHERE contact_id = ?').run(ids[i])
        })
        const campaign = Number(
          db
            .prepare(
              `INSERT INTO campaigns (name, sender_id, text, append_opt_out, opt_out_line, utm,
                 utm_campaign, language, state, way, created_at, updated_at)
               VALUES ('Весна', ?, 'Тюльпаны приехали', 1, 'СТОП', 0, '', 'ru', 'draft',
                 'phone_broadcast', 1, 1)`,
            )
            .run(sender).lastInsertRowid,
        )
        db.prepare(
          'INSERT INTO campaign_lists (campaign_id, list_id, position) VALUES (?, ?, 0)',
        ).run(campaign, listId)
        const messages = createListMessages({
          db,
          clock: new FakeClock(now),
          compose: createComposer(db, () => ''),
          shopName: () => '',
          readPhoneList,
          checkListMessage,
          optOut: () => undefined,
        })
        const onPhoneNow = new Set(
          db.prepare<[], string>('SELECT e164 FROM phone_list_members').pluck().all(),
        )
        const record = (): boolean => {
          try {
            messages.record(campaign, now)
            return true
          } catch (error) {
            if (error instanceof CoreError) return false
            throw error
          }
        }
        const recorded = record()
        if (recorded) recordings += 1
        const rows = db
          .prepare<[], { e164: string; channel: string }>('SELECT e164, channel FROM send_ledger')
          .all()
        const items = db.prepare('SELECT count(*) FROM campaign_items').pluck().get()
        if (!recorded) {
          expect(rows).toEqual([])
          expect(items).toBe(0)
        }
        const optedOut = new Set(db.prepare<[], string>('SELECT e164 FROM opt_outs').pluck().all())
        for (const row of rows) {
          expect(row.channel).toBe('phone_broadcast')
          expect(onPhoneNow.has(row.e164)).toBe(true)
          expect(optedOut.has(row.e164)).toBe(false)
        }
        expect(new Set(rows.map((r) => r.e164)).size).toBe(rows.length)
        expect(items).toBe(rows.length)
        // A second recording never adds a row.
        expect(record()).toBe(false)
        expect(db.prepare('SELECT count(*) FROM send_ledger').pluck().get()).toBe(rows.length)
        db.close()
      }),
      // Besides the random runs, one that must record: without it, a seed where no run recorded
      // failed the check below (it did once, on CI).
      { numRuns: 40, examples: [[[willGetIt, willGetIt, willGetIt]]] },
    )
    // Not true only vacuously: some of the runs did record one.
    expect(recordings).toBeGreaterThan(0)
  }, 60_000)
})
