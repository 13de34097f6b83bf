import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { noteDamage } from '../damage-note'
import { describe, expect, it } from 'vitest'
import { backupMirrorFileOf } from '../../backups/backup-mirror'
import { backupNameAt } from '../../backups/backup-names'
import {
  bytesOf,
  optedOutIn,
  pagesOf,
  scribbleOverHeader,
  scribbleOverPages,
  writeShopDatabase,
  fillShop,
} from '../../test-support/damaged-database'
import { useTempDir } from '../../test-support/temp-dir'
import { DatabaseOpenError } from '../database-error'
import { closeDatabase, openDatabase } from '../open-database'
import { recoveryChoices } from './recovery-choices'
import { RecoveryError } from './recovery-outcome'
import { recoveryDialog, recoveryDoneText } from './recovery-texts'
import { restoreNewestCopy } from './restore-newest-copy'
import { startEmptyKeepingOptOuts } from './start-empty-keeping-opt-outs'

const day = 24 * 60 * 60 * 1000
const monday = Date.UTC(2026, 0, 5, 0, 30, 0)
const now = Date.UTC(2026, 0, 7, 9, 15, 0)

/**
 * A shop's data folder: two daily copies (Monday's, Tuesday's), then the database went on — more
 * opt-outs and a contact committed to its WAL only — and then pages of its file were damaged
 * while the WAL stayed beside it, as after a crash.
 */
function damagedShop(dir: string, damage: (file: string) => void = scribbleContacts) {
  const dataDir = join(dir, 'data')
  mkdirSync(join(dataDir, 'backups'), { recursive: true })
  const file = join(dataDir, 'rupor.db')
  writeShopDatabase(file, { contacts: 2000, optOuts: 100 })
  copyFileSync(file, join(dataDir, 'backups', backupNameAt(monday)))
  const live = new Sqlite(file)
  fillShop(live, { contacts: 10, optOuts: 50, from: 100 })
  live.close()
  copyFileSync(file, join(dataDir, 'backups', backupNameAt(monday + day)))
  const atCopy = optedOutIn(file)

  // After Tuesday's copy: a few more opt-outs and a contact, the last of them only in the WAL.
  fillShop(new Sqlite(file), { contacts: 0, optOuts: 20, from: 150 })
  const crashed = new Sqlite(file)
  crashed.pragma('wal_autocheckpoint = 0')
  crashed
    .prepare("INSERT INTO contacts (name, created_at, updated_at) VALUES ('Только в WAL', 1, 1)")
    .run()
  crashed
    .prepare(
      "INSERT INTO opt_outs (e164, created_at, source, note) VALUES ('+79035550001', 9, 'reply_keyword', '')",
    )
    .run()
  const copyOfCrash = join(dir, 'crash')
  mkdirSync(copyOfCrash)
  copyFileSync(file, join(copyOfCrash, 'rupor.db'))
  copyFileSync(`${file}-wal`, join(copyOfCrash, 'rupor.db-wal'))
  crashed.close()
  copyFileSync(join(copyOfCrash, 'rupor.db'), file)
  copyFileSync(join(copyOfCrash, 'rupor.db-wal'), `${file}-wal`)
  const before = readonlyList(file)
  damage(file)
  // As the last run's check in the background found it (db/integrity-watch.ts): this start
  // checks first and refuses the file.
  noteDamage(file, ['found by the last run’s check'])
  expect(() => openDatabase({ file, now })).toThrow(DatabaseOpenError)
  return {
    dataDir,
    file,
    atCopy,
    before,
    bytes: { db: bytesOf(file), wal: bytesOf(`${file}-wal`) },
  }
}

function scribbleContacts(file: string): void {
  const leaves = pagesOf(file, 'contacts')
  scribbleOverPages(file, leaves.slice(2, 5))
}

/** The list as a reader sees it, WAL included, without changing the files. */
function readonlyList(file: string): string[] {
  const db = new Sqlite(file, { readonly: true })
  try {
    return db.prepare<[], string>('SELECT e164 FROM opt_outs ORDER BY e164').pluck().all()
  } finally {
    db.close()
  }
}

function contentsOf(file: string) {
  const { db } = openDatabase({ file, now })
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      contacts: db.prepare<[], string>('SELECT name FROM contacts').pluck().all(),
      optOuts: db.prepare<[], string>('SELECT e164 FROM opt_outs ORDER BY e164').pluck().all(),
    }
  } finally {
    closeDatabase(db)
  }
}

function expectKeptAsItWas(keptAs: string, bytes: { db: Buffer; wal: Buffer }): void {
  expect(bytesOf(keptAs).equals(bytes.db)).toBe(true)
  expect(bytesOf(`${keptAs}-wal`).equals(bytes.wal)).toBe(true)
}

describe('a damaged database at start-up', () => {
  const tempDir = useTempDir()

  it('offers the newest copy that passes the checks and counts the opt-outs that can be kept', () => {
    const shop = damagedShop(tempDir())
    // Tuesday's copy is damaged too: Monday's is offered.
    scribbleOverPages(join(shop.dataDir, 'backups', backupNameAt(monday + day)), [5, 6, 7])
    const files = readdirSync(shop.dataDir)
    const choices = recoveryChoices(shop.dataDir)
    expect(choices.copy).toEqual({
      name: backupNameAt(monday),
      takenAt: monday,
      location: 'main',
      folder: join(shop.dataDir, 'backups'),
    })
    expect(choices.damaged).toEqual({ readable: true, complete: true, optOuts: shop.before.length })
    expect(choices.optOutsKept).toBe(shop.before.length)
    // Looking changed nothing.
    expect(readdirSync(shop.dataDir)).toEqual(files)
    expectKeptAsItWas(shop.file, shop.bytes)
  })

  it("restores the copy, never with the damaged file's WAL, and keeps the opt-outs made since", () => {
    const shop = damagedShop(tempDir())
    // What the danger is: Tuesday's copy put beside that WAL gets its commits replayed into it.
    const beside = join(tempDir(), 'rupor.db')
    copyFileSync(join(shop.dataDir, 'backups', backupNameAt(monday + day)), beside)
    copyFileSync(`${shop.file}-wal`, `${beside}-wal`)
    expect(readonlyList(beside)).toContain('+79035550001')

    const outcome = restoreNewestCopy({ dataDir: shop.dataDir, now })
    expect(outcome.restored).toEqual({
      name: backupNameAt(monday + day),
      takenAt: monday + day,
      location: 'main',
      folder: join(shop.dataDir, 'backups'),
    })
    const restored = contentsOf(shop.file)
    expect(restored.integrity).toBe('ok')
    expect(restored.contacts).toHaveLength(2010)
    expect(restored.contacts).not.toContain('Только в WAL')
    // Opt-outs: the copy's, and those made after it, read from the damaged file and its WAL.
    expect(restored.optOuts).toEqual(shop.before)
    expect(restored.optOuts.length).toBeGreaterThan(shop.atCopy.length)
    expect(outcome.optOutsKept).toBe(shop.before.length)

    expect(outcome.keptAs).toBe(join(shop.dataDir, 'rupor.damaged-2026-01-07T09-15-00-000Z.db'))
    expectKeptAsItWas(outcome.keptAs, shop.bytes)
    expect(readdirSync(shop.dataDir).filter((name) => name.includes('restoring'))).toEqual([])
  })

  it('starts empty keeping the opt-out list when pages of the list itself are damaged', () => {
    const shop = damagedShop(tempDir(), (file) => {
      const rows = pagesOf(file, 'opt_outs')
      scribbleOverPages(file, [rows[1] ?? 0, ...pagesOf(file, 'contacts').slice(2, 4)])
    })
    const outcome = startEmptyKeepingOptOuts({ dataDir: shop.dataDir, now })
    const fresh = contentsOf(shop.file)
    expect(fresh.integrity).toBe('ok')
    expect(fresh.contacts).toEqual([])
    // Everyone who was on the list stays on it: the damaged file's rows and events, the copy.
    expect(fresh.optOuts).toEqual(shop.before)
    expect(outcome.optOutsKept).toBe(shop.before.length)
    expectKeptAsItWas(outcome.keptAs, shop.bytes)
  })

  it('starts empty with the copy’s opt-out list when the damaged file cannot be read at all', () => {
    // The header of the file and of its WAL (whose copy of page 1 would stand in for it).
    const shop = damagedShop(tempDir(), (file) => {
      scribbleOverHeader(file)
      scribbleOverHeader(`${file}-wal`)
    })
    expect(recoveryChoices(shop.dataDir).damaged).toMatchObject({ readable: false, optOuts: 0 })
    const outcome = startEmptyKeepingOptOuts({ dataDir: shop.dataDir, now })
    expect(contentsOf(shop.file).optOuts).toEqual(shop.atCopy)
    expect(outcome.optOutsKept).toBe(shop.atCopy.length)
  })

  it('never replays a WAL left beside a daily copy, nor changes that copy', () => {
    const shop = damagedShop(tempDir())
    const tuesday = join(shop.dataDir, 'backups', backupNameAt(monday + day))
    copyFileSync(`${shop.file}-wal`, `${tuesday}-wal`)
    const copyBytes = bytesOf(tuesday)
    restoreNewestCopy({ dataDir: shop.dataDir, now })
    expect(contentsOf(shop.file).contacts).not.toContain('Только в WAL')
    expect(bytesOf(tuesday).equals(copyBytes)).toBe(true)
  })

  it('refuses to restore when no copy passes the checks, and changes nothing', () => {
    const shop = damagedShop(tempDir())
    for (const name of readdirSync(join(shop.dataDir, 'backups')))
      writeFileSync(join(shop.dataDir, 'backups', name), 'not a database')
    const files = readdirSync(shop.dataDir)
    expect(recoveryChoices(shop.dataDir).copy).toBeUndefined()
    expect(() => restoreNewestCopy({ dataDir: shop.dataDir, now })).toThrow(RecoveryError)
    expect(readdirSync(shop.dataDir)).toEqual(files)
    expectKeptAsItWas(shop.file, shop.bytes)
    expect(existsSync(`${shop.file}.restoring`)).toBe(false)
  })

  describe('with a second backup folder', () => {
    /** The owner's second folder (a USB stick), recorded as the app records it. */
    function chooseMirror(dataDir: string, folder: string): void {
      writeFileSync(
        backupMirrorFileOf(dataDir),
        JSON.stringify({ folder, lastSuccess: null, lastFailure: null }),
      )
    }

    /** Every copy of the main folder damaged, as a failing disk would leave them. */
    function damageMainCopies(dataDir: string): void {
      for (const name of readdirSync(join(dataDir, 'backups')))
        writeFileSync(join(dataDir, 'backups', name), 'not a database')
    }

    it("offers and restores the second folder's copy when the main folder's are all damaged", () => {
      const shop = damagedShop(tempDir())
      const stick = join(tempDir(), 'stick')
      mkdirSync(stick)
      // The stick got Monday's copy; Tuesday's copy was never written there (it was out).
      copyFileSync(
        join(shop.dataDir, 'backups', backupNameAt(monday)),
        join(stick, backupNameAt(monday)),
      )
      damageMainCopies(shop.dataDir)
      chooseMirror(shop.dataDir, stick)

      const choices = recoveryChoices(shop.dataDir)
      expect(choices.copy).toEqual({
        name: backupNameAt(monday),
        takenAt: monday,
        location: 'mirror',
        folder: stick,
      })
      expect(choices.optOutsKept).toBe(shop.before.length)
      const dialog = recoveryDialog(choices, 'ru', 'UTC')
      expect(dialog.buttons[0]).toBe(
        'Восстановить копию от 5 января 2026 г., 00:30 из второй папки',
      )
      expect(dialog.detail).toContain(
        `Копия от 5 января 2026 г., 00:30 из второй папки для копий (${stick})`,
      )
      expect(recoveryDialog(choices, 'en', 'UTC').detail).toContain(
        `The copy of 5 January 2026, 00:30 in the second backup folder (${stick})`,
      )

      const stickBytes = bytesOf(join(stick, backupNameAt(monday)))
      const outcome = restoreNewestCopy({ dataDir: shop.dataDir, now })
      expect(outcome.restored).toEqual(choices.copy)
      const restored = contentsOf(shop.file)
      expect(restored.integrity).toBe('ok')
      // Monday's copy: the shop's first 2000 contacts, not the 10 added on Tuesday.
      expect(restored.contacts).toHaveLength(2000)
      expect(restored.optOuts).toEqual(shop.before)
      expectKeptAsItWas(outcome.keptAs, shop.bytes)
      // The copy on the stick is read, never changed, and nothing is left beside it.
      expect(bytesOf(join(stick, backupNameAt(monday))).equals(stickBytes)).toBe(true)
      expect(readdirSync(stick)).toEqual([backupNameAt(monday)])
      expect(recoveryDoneText(outcome, 'en', 'UTC')).toContain(
        `Restored the copy of 5 January 2026, 00:30 from the second backup folder (${stick}).`,
      )
    })

    it("takes the newest good copy of either folder, the main folder's when both have it", () => {
      const shop = damagedShop(tempDir())
      const stick = join(tempDir(), 'stick')
      mkdirSync(stick)
      for (const at of [monday, monday + day])
        copyFileSync(join(shop.dataDir, 'backups', backupNameAt(at)), join(stick, backupNameAt(at)))
      chooseMirror(shop.dataDir, stick)
      expect(recoveryChoices(shop.dataDir).copy).toMatchObject({
        takenAt: monday + day,
        location: 'main',
      })
      // Tuesday's copy damaged in the main folder only: the stick's Tuesday beats Monday's.
      scribbleOverPages(join(shop.dataDir, 'backups', backupNameAt(monday + day)), [5, 6, 7])
      expect(recoveryChoices(shop.dataDir).copy).toMatchObject({
        takenAt: monday + day,
        location: 'mirror',
      })
    })

    it("uses the main folder's copy as before when the second folder is not there", () => {
      const shop = damagedShop(tempDir())
      chooseMirror(shop.dataDir, join(tempDir(), 'stick-that-is-out'))
      const choices = recoveryChoices(shop.dataDir)
      expect(choices.copy).toMatchObject({ takenAt: monday + day, location: 'main' })
      expect(recoveryDialog(choices, 'ru', 'UTC').buttons[0]).toBe(
        'Восстановить копию от 6 января 2026 г., 00:30',
      )
      const outcome = restoreNewestCopy({ dataDir: shop.dataDir, now })
      expect(outcome.restored).toMatchObject({ takenAt: monday + day, location: 'main' })
      expect(contentsOf(shop.file).contacts).toHaveLength(2010)
    })

    it("reads a damaged backup-mirror.json as no second folder, and uses the main folder's copy", () => {
      const shop = damagedShop(tempDir())
      const stick = join(tempDir(), 'stick')
      mkdirSync(stick)
      copyFileSync(
        join(shop.dataDir, 'backups', backupNameAt(monday)),
        join(stick, backupNameAt(monday)),
      )
      // Cut short by a power cut: the stick is not known, so its copy is not looked at.
      writeFileSync(backupMirrorFileOf(shop.dataDir), `{"folder":"${stick}","lastSucc`)
      expect(recoveryChoices(shop.dataDir).copy).toMatchObject({
        takenAt: monday + day,
        location: 'main',
      })
      const outcome = startEmptyKeepingOptOuts({ dataDir: shop.dataDir, now })
      expect(contentsOf(shop.file).optOuts).toEqual(shop.before)
      expect(outcome.optOutsKept).toBe(shop.before.length)
    })

    it('starts empty keeping the opt-out list of the second folder’s copy', () => {
      // The damaged file cannot be read at all, the main folder's copies are damaged: only the
      // stick's copy still knows who asked to stop.
      const shop = damagedShop(tempDir(), (file) => {
        scribbleOverHeader(file)
        scribbleOverHeader(`${file}-wal`)
      })
      const stick = join(tempDir(), 'stick')
      mkdirSync(stick)
      copyFileSync(
        join(shop.dataDir, 'backups', backupNameAt(monday + day)),
        join(stick, backupNameAt(monday + day)),
      )
      damageMainCopies(shop.dataDir)
      chooseMirror(shop.dataDir, stick)
      const outcome = startEmptyKeepingOptOuts({ dataDir: shop.dataDir, now })
      expect(contentsOf(shop.file).optOuts).toEqual(shop.atCopy)
      expect(outcome.optOutsKept).toBe(shop.atCopy.length)
    })
  })
})
