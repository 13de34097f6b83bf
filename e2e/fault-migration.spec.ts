// The host is killed (SIGKILL) at random moments of its start-up on a database two schema versions
// behind, whose ledger is big enough that the upgrade (a copy of the file, then 0070's index
// build in one transaction) takes a while. After each kill the file passes integrity_check, is
// entirely the old schema or entirely the new one, keeps every ledger row, and any copy beside it
// is a whole database; the next start completes the upgrade. FAULT_SEED=<seed> replays a run.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import { openDatabase } from '../src/main/core/db/open-database'
import { migrations } from '../src/main/core/db/migrations'
import { launchHostProcess, newDataDir } from './support/host-process'
import { faultSeed, seededRandom } from './support/seeded-random'

const kills = Number(process.env.FAULT_MIGRATION_KILLS ?? 20)
const ledgerRows = Number(process.env.FAULT_MIGRATION_LEDGER ?? 300_000)
const oldVersion = 60
const newIndexes = ['opt_outs_by_time', 'send_ledger_by_campaign', 'send_ledger_by_item']

/** A database migrated to 0060 only, with a sender and a long ledger (what 0070 indexes). */
function buildOldDatabase(file: string): void {
  const steps = migrations.filter((step) => step.version <= oldVersion)
  const { db } = openDatabase({ file, now: Date.now(), steps })
  const now = Date.parse('2026-11-01T10:00:00Z')
  db.prepare(
    `INSERT INTO senders (label, phone, started_on, time_zone, sending_window, limits, warm_up,
       assisted_opener, created_at, updated_at)
     VALUES ('Магазин', '+79030000000', '2025-01-01', 'Europe/Moscow', '{}', '{}', '{}', 'wa_me', @now, @now)`,
  ).run({ now })
  const insert = db.prepare(
    `INSERT INTO send_ledger (sender_id, e164, at, new_chat, state)
     VALUES (1, @e164, @at, @newChat, 'sent')`,
  )
  db.transaction(() => {
    for (let i = 0; i < ledgerRows; i += 1)
      insert.run({ e164: `+7916${String(1_000_000 + i)}`, at: now + i * 1000, newChat: i % 2 })
  })()
  db.close()
}

/** Resolves when the pre-upgrade copy is whole (renamed to .bak): the upgrade transaction is next. */
async function copyTaken(dataDir: string): Promise<number> {
  for (;;) {
    if (readdirSync(dataDir).some((name) => name.endsWith('.bak'))) return Date.now()
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

interface DatabaseState {
  version: number
  indexes: string[]
  ledger: number
  ledgerSum: number
}

/** The facts a kill must not break, read from a file without changing it. */
function stateOf(file: string): DatabaseState {
  const db = new Sqlite(file, { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const ledger = db
      .prepare<[], { n: number; sum: number }>(
        'SELECT count(*) AS n, sum(at) AS sum FROM send_ledger',
      )
      .get()
    const indexes = db
      .prepare<[], { name: string }>(
        `SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN (${newIndexes.map((n) => `'${n}'`).join(', ')}) ORDER BY name`,
      )
      .all()
      .map((row) => row.name)
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      indexes,
      ledger: ledger?.n ?? -1,
      ledgerSum: ledger?.sum ?? -1,
    }
  } finally {
    db.close()
  }
}

test('killing the host while it migrates leaves the old schema or the new one, never half', async () => {
  test.setTimeout(15 * 60_000)
  const seed = faultSeed()
  const random = seededRandom(seed)
  console.log(`fault-migration: seed ${String(seed)} (FAULT_SEED=${String(seed)} replays it)`)
  const templateDir = mkdtempSync(join(tmpdir(), 'rupor-fault-migration-'))
  const template = join(templateDir, 'rupor.db')
  try {
    buildOldDatabase(template)
    const original = stateOf(template)
    expect(original).toMatchObject({ version: oldVersion, indexes: [], ledger: ledgerRows })

    /** Starts the host on a copy of the old database, noting when. */
    const startOnCopy = (dataDir: string) => {
      copyFileSync(template, join(dataDir, 'rupor.db'))
      const started = Date.now()
      const launched = launchHostProcess({ dataDir, startTimeoutMs: 120_000 })
      return { launched, started }
    }

    // One start to the end measures start-up with the upgrade; the kills are spread over it.
    const measureDir = newDataDir()
    const measured = startOnCopy(measureDir)
    const copied = await copyTaken(measureDir)
    const host = await measured.launched.ready
    const startupMs = Date.now() - measured.started
    const upgradeMs = Date.now() - copied
    await host.stop()
    expect(stateOf(join(measureDir, 'rupor.db'))).toMatchObject({
      version: migrations.at(-1)?.version,
      indexes: newIndexes,
      ledger: ledgerRows,
    })
    rmSync(measureDir, { recursive: true, force: true })
    console.log(
      `fault-migration: start-up with the upgrade took ${String(startupMs)} ms, ${String(upgradeMs)} of them after the copy`,
    )

    const outcomes: Record<string, number> = {}
    for (let run = 0; run < kills; run += 1) {
      const dataDir = newDataDir()
      const file = join(dataDir, 'rupor.db')
      const { launched } = startOnCopy(dataDir)
      // Every other kill is aimed at the upgrade transaction: once the copy is whole, at a random
      // moment of what is left of start-up; the others anywhere in it.
      const aimed = run % 2 === 1
      if (aimed) await copyTaken(dataDir)
      const delay = Math.round(random() * (aimed ? upgradeMs : startupMs))
      await new Promise((resolve) => setTimeout(resolve, delay))
      await launched.kill()

      const after = stateOf(file)
      // Entirely the old schema or entirely the new one, every ledger row still there.
      expect([oldVersion, migrations.at(-1)?.version]).toContain(after.version)
      expect(after.indexes).toEqual(after.version === oldVersion ? [] : newIndexes)
      expect(after).toMatchObject({ ledger: original.ledger, ledgerSum: original.ledgerSum })
      // A copy taken before the upgrade is only ever there whole under its name: the owner may
      // restore it. One cut short by the kill is only there as ….partial.
      const copies = readdirSync(dataDir).filter((name) => name.endsWith('.bak'))
      for (const copy of copies) expect(stateOf(join(dataDir, copy))).toEqual(original)
      const stage =
        after.version !== oldVersion
          ? 'after the upgrade'
          : copies.length > 0
            ? 'in the upgrade transaction'
            : readdirSync(dataDir).some((name) => name.endsWith('.partial'))
              ? 'while copying the file'
              : 'before the copy'
      outcomes[stage] = (outcomes[stage] ?? 0) + 1
      console.log(
        `fault-migration: kill ${String(run + 1)} ${String(delay)} ms after ${aimed ? 'the copy' : 'launch'}, ${stage} → schema ${String(after.version)}`,
      )

      // The next start completes the upgrade.
      const again = await launchHostProcess({ dataDir, startTimeoutMs: 120_000 }).ready
      await again.stop()
      expect(readdirSync(dataDir).filter((name) => name.endsWith('.partial'))).toEqual([])
      expect(stateOf(file)).toMatchObject({
        version: migrations.at(-1)?.version,
        indexes: newIndexes,
        ledger: original.ledger,
        ledgerSum: original.ledgerSum,
      })
      rmSync(dataDir, { recursive: true, force: true })
    }
    console.log(`fault-migration: kills by stage ${JSON.stringify(outcomes)}`)
  } finally {
    rmSync(templateDir, { recursive: true, force: true })
  }
})
