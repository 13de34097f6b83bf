import Sqlite, { type Database } from 'better-sqlite3'
import { migrations } from '../db/migrations'
import { echoToleranceMs } from '../scheduler/echo'

const dayMs = 24 * 60 * 60 * 1000

/** Whose sending a forecast simulates: the part of the book it reads. */
export interface ForecastScope {
  /** The sender row the simulated scheduler runs (its number's other rows come along). */
  senderId: number
  /** Campaigns the forecast saves, starts or watches whatever their state (a draft's saved row). */
  campaignIds: readonly number[]
  /** Lists whose people a draft would take. */
  listIds: readonly number[]
}

let emptyBookBytes: Buffer | undefined

/**
 * An empty in-memory book with the app's schema (every migration), built once per process: each
 * forecast starts from a copy of these bytes, which costs a fraction of a millisecond.
 */
function emptyBook(): Database {
  if (emptyBookBytes === undefined) {
    const db = new Sqlite(':memory:')
    db.transaction(() => {
      for (const step of migrations) step.up(db)
    })()
    db.pragma(`user_version = ${String(migrations.at(-1)?.version ?? 0)}`)
    // sqlite_stat1 exists, so the book's own statistics can be carried over (see below).
    db.exec('ANALYZE')
    emptyBookBytes = db.serialize()
    db.close()
  }
  return new Sqlite(emptyBookBytes)
}

const json = (values: readonly (number | string)[]): string => JSON.stringify(values)

/**
 * An in-memory database holding what the scheduler, the campaigns service and the recipient check
 * read while a forecast runs, and nothing else: the senders, campaigns and lists (small tables)
 * whole; the queue of the sender's running campaigns and of the campaigns in scope; the people of
 * the lists in scope and of that queue, with every number they have (and whoever owns one of the
 * numbers), the opt-outs and marketing holds of those numbers; and the number's ledger — the last
 * day's rows (the rolling limits), every row to one of those numbers (new chat or not), its latest
 * row (the gap after it). A forecast over a 100 000-contact book copies a few hundred rows instead
 * of the whole file. Rows keep their ids, and the highest id of the queue and the ledger is copied
 * too, so what the simulation inserts gets the ids it would get in the book. The book's query
 * statistics come along, so SQLite plans each query as it does on the book.
 *
 * Everything outside the scope is missing on purpose: a query of the simulation that read it would
 * answer differently here, which the forecast's property test (forecast-copy.property.test.ts,
 * against a copy of the whole file) is there to catch.
 *
 * The rows go in with the triggers out of the way, then the triggers come back as the migrations
 * made them: the book already passed them (or is older than one of them — two live rows of one
 * number, which migration 0080 keeps), and the simulation needs them afterwards (the claim guard).
 */
export function forecastCopy(source: Database, scope: ForecastScope, now: number): Database {
  const target = emptyBook()
  try {
    const ids = (sql: string, ...params: unknown[]): number[] =>
      (
        source
          .prepare(sql)
          .pluck()
          .all(...params) as (number | null)[]
      ).filter((id): id is number => id !== null)
    const copy = (table: string, where: string, ...params: unknown[]): void => {
      const select = source.prepare(`SELECT * FROM ${table} WHERE ${where}`).raw()
      const columns = select.columns().map((c) => `"${c.name}"`)
      const insert = target.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      )
      for (const row of select.iterate(...params) as Iterable<unknown[]>) insert.run(row)
    }

    const sender = scope.senderId
    const campaigns = json(scope.campaignIds)
    const numberRows = json(
      ids('SELECT id FROM senders WHERE phone = (SELECT phone FROM senders WHERE id = ?)', sender),
    )
    // Cloud API: every number of the business portfolio shares the tier (last 24 hours only).
    const portfolioRows = json(
      ids(
        `SELECT sender_id FROM cloud_connections WHERE portfolio_id IS NOT NULL
           AND portfolio_id = (SELECT portfolio_id FROM cloud_connections WHERE sender_id = ?)`,
        sender,
      ),
    )
    const lists = json(
      ids(
        `SELECT value FROM json_each(?) UNION
         SELECT list_id FROM campaign_lists WHERE campaign_id IN (SELECT value FROM json_each(?))`,
        json(scope.listIds),
        campaigns,
      ),
    )
    // The queue the scheduler reads: campaigns in scope, the sender's running ones, and whatever
    // of the sender is being sent or uncertain; the highest id keeps new ids as in the book.
    const items = json(
      ids(
        `SELECT i.id FROM campaign_items i JOIN campaigns c ON c.id = i.campaign_id
         WHERE c.id IN (SELECT value FROM json_each(@campaigns))
            OR (c.sender_id = @sender AND (c.state IN ('running', 'scheduled')
                OR i.state IN ('sending', 'uncertain')))
         UNION SELECT max(id) FROM campaign_items`,
        { campaigns, sender },
      ),
    )
    const numbers = json(
      source
        .prepare<[string, string], string>(
          `SELECT e164 FROM campaign_items WHERE id IN (SELECT value FROM json_each(?))
             AND e164 IS NOT NULL
           UNION SELECT c.primary_phone FROM list_members m JOIN contacts c ON c.id = m.contact_id
           WHERE m.list_id IN (SELECT value FROM json_each(?)) AND c.primary_phone IS NOT NULL`,
        )
        .pluck()
        .all(items, lists),
    )
    const people = json(
      ids(
        `SELECT contact_id FROM list_members WHERE list_id IN (SELECT value FROM json_each(?))
         UNION SELECT contact_id FROM campaign_items
           WHERE id IN (SELECT value FROM json_each(?)) AND contact_id IS NOT NULL
         UNION SELECT contact_id FROM contact_phones WHERE e164 IN (SELECT value FROM json_each(?))`,
        lists,
        items,
        numbers,
      ),
    )
    const ledger = json(
      ids(
        `SELECT id FROM send_ledger WHERE sender_id IN (SELECT value FROM json_each(@numberRows))
           AND (at > @since OR e164 IN (SELECT value FROM json_each(@numbers)))
         UNION SELECT id FROM send_ledger WHERE at > @since
           AND sender_id IN (SELECT value FROM json_each(@portfolioRows))
         UNION SELECT * FROM (SELECT id FROM send_ledger
           WHERE sender_id IN (SELECT value FROM json_each(@numberRows)) AND state <> 'not_sent'
           ORDER BY at DESC LIMIT 1)
         UNION SELECT max(id) FROM send_ledger`,
        // The echo check (scheduler.ts) reads a little further back than the rolling day.
        { numberRows, portfolioRows, numbers, since: now - dayMs - echoToleranceMs },
      ),
    )

    const inSet = (column: string) => `${column} IN (SELECT value FROM json_each(?))`
    const foreignKeys = target.pragma('foreign_keys', { simple: true }) as number
    // Rows go in as they are in the book, in any order: the book already kept its references.
    target.pragma('foreign_keys = OFF')
    const triggers = target
      .prepare<[], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'",
      )
      .all()
    target.transaction(() => {
      for (const trigger of triggers) target.exec(`DROP TRIGGER "${trigger.name}"`)
      for (const table of [
        'settings',
        'senders',
        'sender_blocks',
        'cloud_connections',
        'lists',
        'campaigns',
        'campaign_lists',
      ])
        copy(table, '1')
      copy('contacts', inSet('id'), people)
      copy('contact_phones', inSet('contact_id'), people)
      copy('list_members', inSet('list_id'), lists)
      copy('campaign_items', inSet('id'), items)
      copy('send_ledger', inSet('id'), ledger)
      copy('marketing_holds', inSet('e164'), numbers)
      copy(
        'opt_outs',
        `e164 IN (SELECT value FROM json_each(?)) OR e164 IN (SELECT e164 FROM contact_phones
           WHERE contact_id IN (SELECT value FROM json_each(?)))`,
        numbers,
        people,
      )
      target.exec('DELETE FROM sqlite_stat1')
      const hasStatistics =
        source.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").get() !==
        undefined
      if (hasStatistics) copy('sqlite_stat1', '1')
      for (const trigger of triggers) target.exec(trigger.sql)
    })()
    // Loads the statistics just written into the query planner.
    target.exec('ANALYZE sqlite_schema')
    target.pragma(`foreign_keys = ${String(foreignKeys)}`)
    return target
  } catch (error) {
    target.close()
    throw error
  }
}
