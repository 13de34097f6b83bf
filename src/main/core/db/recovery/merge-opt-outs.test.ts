import Sqlite, { type Database } from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migrations } from '../migrations'
import { addOptOutHistories } from './apply-opt-out-merge'
import { numbersOnList, type OptOutHistory } from './opt-out-history'
import { readOptOutHistory } from './salvage-opt-outs'

/** A database with Rupor's schema (and its opt-out triggers), in memory. */
function freshDatabase(): Database {
  const db = new Sqlite(':memory:')
  migrate(db, migrations, () => ':memory:')
  return db
}

type Op = { number: number; action: 'opt_out' | 'resubscribe' }

/** What the opt-out store does: opt-out (kept first entry if on), re-subscribe (event, delete). */
function replay(db: Database, ops: readonly Op[], from = 0): void {
  ops.forEach((op, index) => {
    const e164 = `+7903000000${String(op.number)}`
    const at = 1000 * (from + index + 1)
    if (op.action === 'opt_out') {
      db.prepare(
        "INSERT OR IGNORE INTO opt_outs (e164, created_at, source, note) VALUES (?, ?, 'manual_entry', ?)",
      ).run(e164, at, `note ${String(at)}`)
    } else if (db.prepare('SELECT 1 FROM opt_outs WHERE e164 = ?').get(e164)) {
      db.prepare(
        "INSERT INTO opt_out_events (e164, action, at, source, note) VALUES (?, 'resubscribed', ?, 'manual_entry', '')",
      ).run(e164, at)
      db.prepare('DELETE FROM opt_outs WHERE e164 = ?').run(e164)
    }
  })
}

const historyOf = (db: Database): OptOutHistory => {
  const { rows, events } = readOptOutHistory(db)
  return { rows, events }
}
const listOf = (db: Database): string[] =>
  db.prepare<[], string>('SELECT e164 FROM opt_outs ORDER BY e164').pluck().all()

/** Every number's last event (by id) agrees with the list: the delete guard depends on it. */
function lastEventsAgree(db: Database): void {
  const last = db
    .prepare<[], { e164: string; action: string }>(
      `SELECT e164, action FROM opt_out_events e
       WHERE id = (SELECT max(id) FROM opt_out_events WHERE e164 = e.e164)`,
    )
    .all()
  const on = new Set(listOf(db))
  for (const { e164, action } of last)
    expect([e164, action === 'opted_out']).toEqual([e164, on.has(e164)])
  for (const e164 of on) expect(last.some((l) => l.e164 === e164)).toBe(true)
}

const ops = fc.array(
  fc.record({
    number: fc.nat(5),
    action: fc.constantFrom('opt_out' as const, 'resubscribe' as const),
  }),
  { maxLength: 30 },
)

/** A damaged read: some rows and events lost. */
const lossy = (
  history: OptOutHistory,
  keepRow: boolean[],
  keepEvent: boolean[],
): OptOutHistory => ({
  rows: history.rows.filter((_, i) => keepRow[i % keepRow.length] ?? true),
  events: history.events.filter((_, i) => keepEvent[i % keepEvent.length] ?? true),
})

// Each run migrates real in-memory databases: slower than a pure property, so fewer runs.
const runs = { numRuns: 60 }

describe('merging opt-out lists', { timeout: 60_000 }, () => {
  it('starting empty from an undamaged file and its older copy gives exactly the list there was', () => {
    fc.assert(
      fc.property(ops, fc.nat(30), (all, cut) => {
        const truth = freshDatabase()
        replay(truth, all.slice(0, cut))
        const copy = historyOf(truth)
        replay(truth, all.slice(cut), cut)
        const fresh = freshDatabase()
        addOptOutHistories(fresh, [historyOf(truth), copy])
        expect(listOf(fresh)).toEqual(listOf(truth))
        lastEventsAgree(fresh)
      }),
      runs,
    )
  })

  it('restoring the copy and adding the later file gives the list there was', () => {
    fc.assert(
      fc.property(ops, fc.nat(30), (all, cut) => {
        const truth = freshDatabase()
        const restored = freshDatabase()
        replay(truth, all.slice(0, cut))
        replay(restored, all.slice(0, cut))
        replay(truth, all.slice(cut), cut)
        const kept = addOptOutHistories(restored, [historyOf(truth)])
        expect(listOf(restored)).toEqual(listOf(truth))
        expect(kept).toBe(listOf(truth).length)
        lastEventsAgree(restored)
      }),
      runs,
    )
  })

  it('with pages lost, keeps every number a surviving row shows, obeys surviving re-subscriptions, and is done once', () => {
    fc.assert(
      fc.property(
        ops,
        fc.nat(30),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        fc.boolean(),
        (all, cut, keepRow, keepEvent, restore) => {
          const truth = freshDatabase()
          replay(truth, all.slice(0, cut))
          const copy = historyOf(truth)
          replay(truth, all.slice(cut), cut)
          const damaged = lossy(historyOf(truth), keepRow, keepEvent)

          const target = freshDatabase()
          if (restore) replay(target, all.slice(0, cut))
          const sources = restore ? [damaged] : [damaged, copy]
          addOptOutHistories(target, sources)
          const result = new Set(listOf(target))

          // Every number whose row survived in the damaged file is still on the list.
          for (const row of damaged.rows) expect(result).toContain(row.e164)
          // What the surviving facts say is what the list says.
          expect([...result].sort()).toEqual(
            [
              ...numbersOnList({
                rows: [...copy.rows, ...damaged.rows],
                events: [...copy.events, ...damaged.events],
              }),
            ].sort(),
          )
          lastEventsAgree(target)
          // Done once: the same histories again change nothing.
          const before = historyOf(target)
          addOptOutHistories(target, sources)
          expect(historyOf(target)).toEqual(before)
        },
      ),
      runs,
    )
  })

  it('keeps a number on whose only trace is an event, and writes its event once', () => {
    const db = freshDatabase()
    const kept = addOptOutHistories(db, [
      {
        rows: [],
        events: [
          {
            e164: '+79030000001',
            action: 'opted_out',
            at: 5,
            source: 'reply_keyword',
            note: 'СТОП',
          },
        ],
      },
    ])
    expect(kept).toBe(1)
    expect(db.prepare('SELECT e164, created_at, source, note FROM opt_outs').all()).toEqual([
      { e164: '+79030000001', created_at: 5, source: 'reply_keyword', note: 'СТОП' },
    ])
    expect(db.prepare('SELECT count(*) FROM opt_out_events').pluck().get()).toBe(1)
  })
})
