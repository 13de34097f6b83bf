import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../dispatch'
import { createTestCore } from '../test-support/test-core'
import { pagesOf, scribbleOverPages } from '../test-support/damaged-database'
import { useTempDir } from '../test-support/temp-dir'
import { FakeClock } from '../time/fake-clock'
import { cleanShutdownFileOf } from './clean-shutdown'
import { damageNoteFileOf } from './damage-note'
import { checkInBackground } from './background-check'
import { DatabaseOpenError } from './database-error'
import {
  checkedAtKey,
  createIntegrityWatch,
  integrityCheckPeriodMs,
  nextCheckAt,
} from './integrity-watch'

const start = Date.UTC(2026, 2, 2, 9, 0, 0)
const day = 24 * 60 * 60 * 1000

type TestCore = ReturnType<typeof createTestCore>['core']

/** A core on `dataDir`, on a fake clock. */
function openCounted(dataDir: string, clock = new FakeClock(start)) {
  const { core } = createTestCore(dataDir, clock)
  return { core, clock }
}

/** `count` numbers on the opt-out list: pages of rows and of an index to damage. */
function fillBook(core: TestCore, count: number): Promise<unknown> {
  const text = Array.from({ length: count }, (_, i) => `+7916${String(1_000_000 + i)}`).join('\n')
  return dispatch(core.handlers, 'optOuts.addNumbers', { text, note: 'для проверки' })
}

async function ok<T>(core: TestCore, name: string, input: unknown): Promise<T> {
  const result = await dispatch(core.handlers, name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`)
  return result.value as T
}

describe('the database check off the start', () => {
  const tempDir = useTempDir()

  it('runs no check at a start after a clean close, and none at a new file', async () => {
    const dataDir = tempDir()
    const first = openCounted(dataDir)
    expect(first.core.integrity.state()).toBe('whole') // a new file: nothing to check
    await fillBook(first.core, 50)
    first.core.close()
    expect(existsSync(cleanShutdownFileOf(join(dataDir, 'rupor.db')))).toBe(true)

    const second = openCounted(dataDir)
    expect(second.core.integrity.state()).toBe('whole')
    // The record is gone while the app runs: a kill from here on leaves none.
    expect(existsSync(cleanShutdownFileOf(join(dataDir, 'rupor.db')))).toBe(false)
    second.core.close()
  })

  it('after a kill (no close) checks in the background while the core answers calls', async () => {
    const dataDir = tempDir()
    const first = openCounted(dataDir)
    await fillBook(first.core, 200)
    // Killed: whatever the run wrote, it left no clean-shutdown record.
    first.core.close()
    rmSync(cleanShutdownFileOf(join(dataDir, 'rupor.db')))

    const { core, clock } = openCounted(dataDir)
    expect(core.integrity.state()).toBe('checking')
    // Answered before the check's answer: the core's thread is not held by it.
    const page = await ok<{ total: number }>(core, 'optOuts.query', {})
    expect(page.total).toBe(200)
    expect(core.integrity.state()).toBe('checking')
    await core.integrity.idle()
    expect(core.integrity.state()).toBe('whole')
    expect(checkedAt(dataDir)).toBe(clock.now())
    // Writes go on as before.
    await ok(core, 'optOuts.addNumbers', { text: '+79035550001', note: '' })
    core.close()
  })

  it('a file damaged on purpose, found in the background: writes refused (translated), reads answered', async () => {
    const dataDir = tempDir()
    const file = join(dataDir, 'rupor.db')
    const first = openCounted(dataDir)
    await fillBook(first.core, 3000)
    first.core.close()
    // The clean record is there, but the file changed after it (a bad sector, a stray write).
    scribbleOverPages(file, pagesOf(file, 'opt_outs').slice(2, 5))

    const { core } = openCounted(dataDir)
    expect(core.integrity.state()).toBe('checking')
    await core.integrity.idle()
    expect(core.integrity.state()).toBe('damaged')

    // A read that does not touch the damage answers as before.
    const settings = await dispatch(core.handlers, 'settings.get', {})
    expect(settings.ok).toBe(true)
    for (const [name, input] of [
      ['settings.update', { shopName: 'Цветы' }],
      ['lists.create', { name: 'Постоянные' }],
      ['backups.create', {}],
    ] as const) {
      const refused = await dispatch(core.handlers, name, input)
      expect(refused).toMatchObject({ ok: false, error: { code: 'database_damaged' } })
    }
    expect(existsSync(damageNoteFileOf(file))).toBe(true)
    core.close()
    // No clean record for a damaged file; the next start refuses it at open, so the shells
    // offer the recovery (restore the newest good copy, or start empty keeping the opt-outs).
    expect(existsSync(cleanShutdownFileOf(file))).toBe(false)
    expect(() => openCounted(dataDir)).toThrow(
      expect.objectContaining({ problem: 'damaged' }) as DatabaseOpenError,
    )
  })

  it('checks again a period after the last check, on the clock', async () => {
    const dataDir = tempDir()
    const clock = new FakeClock(start)
    const first = openCounted(dataDir, clock)
    first.core.close()
    const { core } = openCounted(dataDir, clock)
    expect(checkedAt(dataDir)).toBe(start)
    clock.advance(integrityCheckPeriodMs - day)
    expect(core.integrity.state()).toBe('whole')
    clock.advance(day)
    expect(core.integrity.state()).toBe('checking')
    await core.integrity.idle()
    expect(core.integrity.state()).toBe('whole')
    expect(checkedAt(dataDir)).toBe(start + integrityCheckPeriodMs)
    core.close()

    // A start long after the last check (closed cleanly all along) checks at once.
    clock.advance(integrityCheckPeriodMs + day)
    const later = openCounted(dataDir, clock)
    expect(later.core.integrity.state()).toBe('checking')
    await later.core.integrity.idle()
    later.core.close()
  })

  it('a file whose header SQLite cannot read is refused at open, as before', () => {
    const dataDir = tempDir()
    const first = openCounted(dataDir)
    first.core.close()
    const file = join(dataDir, 'rupor.db')
    scribbleOverPages(file, [1])
    expect(() => openCounted(dataDir)).toThrow(DatabaseOpenError)
  })

  it('the worker says what SQLite says: whole, damaged, or a file it cannot open', async () => {
    const dir = tempDir()
    const file = join(dir, 'plain.db')
    const db = new Sqlite(file)
    db.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x)')
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)')
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`row ${String(i)} ${'x'.repeat(50)}`)
    })()
    db.close()
    expect(await checkInBackground({ file }).done).toEqual({ kind: 'whole' })
    scribbleOverPages(file, pagesOf(file, 't').slice(3, 5))
    expect(await checkInBackground({ file }).done).toMatchObject({ kind: 'damaged' })
    expect(await checkInBackground({ file: join(dir, 'missing.db') }).done).toMatchObject({
      kind: 'failed',
    })
  })

  it('the next check is never in the past, and is now for a file not known whole', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 2 * integrityCheckPeriodMs })),
        fc.integer({ min: 0, max: 4 * integrityCheckPeriodMs }),
        (knownWhole, lastCheckedAt, now) => {
          const at = nextCheckAt({
            knownWhole,
            lastCheckedAt,
            now,
            periodMs: integrityCheckPeriodMs,
          })
          expect(at).toBeGreaterThanOrEqual(now)
          expect(at).toBeLessThanOrEqual(now + integrityCheckPeriodMs)
          if (!knownWhole) expect(at).toBe(now)
          else if (lastCheckedAt !== null && lastCheckedAt <= now)
            expect(at).toBe(Math.max(now, lastCheckedAt + integrityCheckPeriodMs))
        },
      ),
    )
  })
})

/** The time of the last whole check, as the database keeps it. */
function checkedAt(dataDir: string): number | null {
  const db = new Sqlite(join(dataDir, 'rupor.db'), { readonly: true })
  try {
    const value = db
      .prepare<[string], string>('SELECT value FROM settings WHERE key = ?')
      .pluck()
      .get(checkedAtKey)
    return value === undefined ? null : (JSON.parse(value) as number)
  } finally {
    db.close()
  }
}

describe('a check whose worker cannot run', () => {
  it('runs no check of its own on a connection closed meanwhile', async () => {
    const db = new Sqlite(':memory:')
    db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT, updated_at INTEGER)')
    let fail: (reason: string) => void = () => undefined
    const warnings: string[] = []
    const watch = createIntegrityWatch({
      db,
      clock: new FakeClock(Date.UTC(2026, 2, 2)),
      knownWhole: false,
      check: () => ({
        done: new Promise((resolve) => {
          fail = (reason) => resolve({ kind: 'failed', reason })
        }),
        stop: () => undefined,
      }),
      onDamaged: () => undefined,
      log: (message) => warnings.push(message),
      warn: (message) => warnings.push(message),
    })
    watch.start()
    db.close() // the connection went with its core (a start that failed after the watch began)
    fail('directory does not exist')
    await watch.idle()
    expect(warnings).toEqual([])
    expect(watch.state()).toBe('checking')
  })
})
