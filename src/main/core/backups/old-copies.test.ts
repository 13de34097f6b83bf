import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { FakeClock } from '../time/fake-clock'
import { oldCopiesToDelete } from './old-copies'
import { createRestorableTestCore } from './restorable-test-core'

const day = 24 * 60 * 60 * 1000
const now = Date.UTC(2026, 11, 6, 12, 0, 0)
const stamp = (at: number) => new Date(at).toISOString().replace(/[:.]/g, '-')
const beforeRestore = (daysAgo: number) => `before-restore-${stamp(now - daysAgo * day)}.db`
const preUpgrade = (daysAgo: number, from = 60, to = 70) =>
  `rupor.db.v${String(from)}-before-v${String(to)}.${stamp(now - daysAgo * day)}.bak`

describe('which kept-aside databases are deleted', () => {
  it('those older than 30 days, with their -wal and -shm', () => {
    const names = [
      beforeRestore(2),
      beforeRestore(31),
      `${beforeRestore(31)}-wal`,
      `${beforeRestore(31)}-shm`,
      beforeRestore(30),
      preUpgrade(1),
      preUpgrade(45, 30, 60),
    ]
    expect(oldCopiesToDelete(names, now).sort()).toEqual(
      [
        beforeRestore(31),
        `${beforeRestore(31)}-wal`,
        `${beforeRestore(31)}-shm`,
        preUpgrade(45, 30, 60),
      ].sort(),
    )
  })

  it('never the newest of each kind, however old', () => {
    const names = [beforeRestore(400), beforeRestore(90), preUpgrade(200)]
    expect(oldCopiesToDelete(names, now)).toEqual([beforeRestore(400)])
    expect(oldCopiesToDelete([beforeRestore(90)], now)).toEqual([])
  })

  it('never another file, nor one whose moment cannot be read', () => {
    const names = [
      'rupor.db',
      'rupor.db-wal',
      'secrets.json',
      'backups',
      'before-restore-yesterday.db',
      'rupor.db.v60-before-v70.2026-12-06T12-00-00-000Z.bak.partial',
      'my-before-restore-2020-01-01T00-00-00-000Z.db',
      beforeRestore(100),
      beforeRestore(200),
    ]
    expect(oldCopiesToDelete(names, now)).toEqual([beforeRestore(200)])
  })
})

describe('pruning the data folder', () => {
  const tempDir = useTempDir()

  it('happens at start-up and with the daily copy', async () => {
    const dataDir = join(tempDir(), 'data')
    mkdirSync(dataDir)
    for (const name of [
      beforeRestore(60),
      beforeRestore(40),
      preUpgrade(50),
      preUpgrade(35),
      'notes.txt',
    ]) {
      writeFileSync(join(dataDir, name), 'a database kept aside')
    }
    const { core, clock } = createRestorableTestCore(dataDir, new FakeClock(now))
    await core.backups.idle()
    const kept = readdirSync(dataDir).filter((n) => n.includes('before-') || n === 'notes.txt')
    expect(kept.sort()).toEqual([beforeRestore(40), preUpgrade(35), 'notes.txt'].sort())
    expect(existsSync(join(dataDir, preUpgrade(35)))).toBe(true)
    expect(existsSync(join(dataDir, preUpgrade(50)))).toBe(false)

    // A restore today keeps today's data aside; 31 days on, the daily copy prunes the one of 40.
    writeFileSync(join(dataDir, beforeRestore(0)), 'today')
    clock.advance(31 * day)
    await core.backups.idle()
    expect(readdirSync(dataDir).filter((n) => n.startsWith('before-restore-'))).toEqual([
      beforeRestore(0),
    ])
    core.close()
  })
})
