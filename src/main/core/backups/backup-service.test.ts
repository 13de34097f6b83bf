import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { FakeClock } from '../time/fake-clock'
import { useTempDir } from '../test-support/temp-dir'
import { createBackupService } from './backup-service'
import { createRestorableTestCore } from './restorable-test-core'

const hour = 60 * 60 * 1000
const day = 24 * hour
const monday = Date.UTC(2026, 0, 5, 9, 0, 0)

const days = (names: readonly string[]) => names.map((name) => name.slice(6, 16))

describe('daily copies of the database', () => {
  const tempDir = useTempDir()

  it('over ten days: one copy at start-up, one each day however often time moves, the last 7 kept', async () => {
    const dataDir = tempDir()
    const { core, clock } = createRestorableTestCore(dataDir, new FakeClock(monday))
    await core.backups.idle()
    expect(days(core.backups.list().map((b) => b.name))).toEqual(['2026-01-05'])

    for (let h = 0; h < 10 * 24; h += 1) {
      clock.advance(hour)
      await core.backups.idle()
    }
    const listed = await core.handlers['backups.list']({})
    expect(listed.kept).toBe(7)
    expect(listed.folder).toBe(join(dataDir, 'backups'))
    // Newest first; the 5th, 6th and 7th were pruned when the 13th, 14th and 15th were taken.
    expect(days(listed.backups.map((b) => b.name))).toEqual([
      '2026-01-15',
      '2026-01-14',
      '2026-01-13',
      '2026-01-12',
      '2026-01-11',
      '2026-01-10',
      '2026-01-09',
    ])
    // Each taken just after midnight (UTC), when its day began.
    expect(listed.backups[0]?.takenAt).toBe(Date.UTC(2026, 0, 15))
    expect(readdirSync(join(dataDir, 'backups')).sort()).toEqual(
      listed.backups.map((b) => b.name).sort(),
    )
    core.close()
  })

  it('writes a real SQLite copy holding the data as it was', async () => {
    const dataDir = tempDir()
    const { core } = createRestorableTestCore(dataDir, new FakeClock(monday))
    await core.backups.idle()
    await core.handlers['settings.update']({ shopName: 'Цветы у дома' })
    const made = await core.handlers['backups.create']({})
    expect(made.bytes).toBeGreaterThan(0)
    // Back up now replaced the start-up copy of the same day.
    expect(core.backups.list().map((b) => b.name)).toEqual([made.name])
    const copy = new Sqlite(join(dataDir, 'backups', made.name), { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(
      copy.prepare("SELECT value FROM settings WHERE key = 'shopName'").pluck().get(),
    ).toContain('Цветы у дома')
    copy.close()
    core.close()
  })

  it('starts a missing day after a night asleep, and makes no second copy on a restart the same day', async () => {
    const dataDir = tempDir()
    const first = createRestorableTestCore(dataDir, new FakeClock(monday))
    await first.core.backups.idle()
    first.core.close()
    const again = createRestorableTestCore(dataDir, new FakeClock(monday + 3 * hour))
    await again.core.backups.idle()
    expect(again.core.backups.list()).toHaveLength(1)
    // The lid stays closed for two days; on waking the overdue timer makes today's copy.
    again.clock.jump(2 * day)
    again.clock.advance(1)
    await again.core.backups.idle()
    expect(days(again.core.backups.list().map((b) => b.name))).toEqual(['2026-01-07', '2026-01-05'])
    again.core.close()
  })
})

describe('a copy cut short', () => {
  const tempDir = useTempDir()

  const seven = (folder: string) => {
    for (let i = 0; i < 7; i += 1) {
      const at = new Date(monday - (i + 1) * day).toISOString()
      writeFileSync(join(folder, `rupor-${at.slice(0, 10)}T09-00-00Z.db`), 'an older copy')
    }
  }

  it('is never counted, and the 7 good copies are all kept', async () => {
    const dir = tempDir()
    const folder = join(dir, 'backups')
    const db = new Sqlite(join(dir, 'rupor.db'))
    const clock = new FakeClock(monday)
    const service = createBackupService({
      db,
      clock,
      folder,
      // The disk fills halfway through: part of a file is written, then the copy fails.
      copy: (file) => {
        writeFileSync(file, 'SQLite format 3\0 half a database')
        return Promise.reject(new Error('ENOSPC: no space left on device'))
      },
      log: () => undefined,
    })
    mkdirSync(folder)
    seven(folder)
    await expect(service.create()).rejects.toThrow('ENOSPC')
    expect(service.list()).toHaveLength(7)
    expect(readdirSync(folder)).toHaveLength(7)
    db.close()
  })

  it('by a crash leaves a partial file that is not listed and is cleared at the next start', async () => {
    const dir = tempDir()
    const folder = join(dir, 'backups')
    mkdirSync(folder)
    seven(folder)
    const partial = join(folder, 'rupor-2026-01-05T09-00-00Z.db.partial')
    writeFileSync(partial, 'SQLite format 3\0 the process was killed here')
    const db = new Sqlite(join(dir, 'rupor.db'))
    db.exec('CREATE TABLE t (x)')
    const service = createBackupService({ db, clock: new FakeClock(monday), folder })
    expect(service.list()).toHaveLength(7)
    const stop = service.start()
    expect(existsSync(partial)).toBe(false)
    await service.idle()
    // Today's copy was missing: made, and the oldest of the seven pruned only now.
    expect(days(service.list().map((b) => b.name))).toEqual([
      '2026-01-05',
      '2026-01-04',
      '2026-01-03',
      '2026-01-02',
      '2026-01-01',
      '2025-12-31',
      '2025-12-30',
    ])
    stop()
    db.close()
  })
})
