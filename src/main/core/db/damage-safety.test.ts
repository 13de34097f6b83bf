// What a damaged (or not yet checked) database must never do: leave a "clean" record, rotate the
// last good copy away, keep the owner from quitting, guide a send that cannot be recorded, or
// answer "internal" for damage (review 18-RA). The background check in a packaged app's layout.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it, vi } from 'vitest'
import type { Campaign } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import { createBackupService } from '../backups/backup-service'
import { createCore } from '../create-core'
import { dispatch } from '../dispatch'
import { setUpAssistedCore } from '../test-support/assisted-core'
import { pagesOf, scribbleOverPages } from '../test-support/damaged-database'
import { callCore, importFile } from '../test-support/import-file'
import { createTestCore } from '../test-support/test-core'
import { createFileSecretStore, plainCodec } from '../secrets/file-secret-store'
import { useTempDir } from '../test-support/temp-dir'
import { FakeClock } from '../time/fake-clock'
import { checkInBackground, unpackedPathOf } from './background-check'
import { cleanShutdownFileOf, recordCleanShutdown } from './clean-shutdown'
import { createIntegrityWatch } from './integrity-watch'

const start = Date.UTC(2026, 2, 2, 9, 0, 0)
const day = 24 * 60 * 60 * 1000

type TestCore = ReturnType<typeof createTestCore>['core']

function fillBook(core: TestCore, count: number): Promise<unknown> {
  const text = Array.from({ length: count }, (_, i) => `+7916${String(1_000_000 + i)}`).join('\n')
  return dispatch(core.handlers, 'optOuts.addNumbers', { text, note: 'для проверки' })
}

/** A core taking its daily copies itself, as the shells' do. */
function dailyCore(dataDir: string, clock: FakeClock) {
  return createCore({
    dataDir,
    clock,
    capabilities: {
      openExternal: () => Promise.resolve(),
      keepAwake: () => () => undefined,
      notify: () => undefined,
      secrets: createFileSecretStore(join(dataDir, 'secrets.json'), plainCodec),
    },
    version: '0.0.0-test',
    shell: 'browser',
    lateAfterMs: 0,
    statusPollMs: null,
    dailyBackups: true,
  })
}

const copiesIn = (dataDir: string): string[] =>
  readdirSync(join(dataDir, 'backups'))
    .filter((name) => name.endsWith('.db'))
    .sort()

/** Seven good daily copies of a 3000-number book, then closed cleanly. */
async function sevenGoodCopies(dataDir: string, clock: FakeClock): Promise<string[]> {
  const { core } = createTestCore(dataDir, clock)
  await fillBook(core, 3000)
  for (let i = 0; i < 7; i += 1) {
    const made = await dispatch(core.handlers, 'backups.create', {})
    expect(made.ok).toBe(true)
    clock.advance(day)
  }
  // The week's own check (due now) finds the file whole: the close records it so.
  await core.integrity.idle()
  expect(core.integrity.state()).toBe('whole')
  core.close()
  const copies = copiesIn(dataDir)
  expect(copies).toHaveLength(7)
  return copies
}

// Seven copies, each checked in a worker: slow on a loaded machine, never a matter of timing.
describe('a damaged or unchecked database', { timeout: 60_000 }, () => {
  const tempDir = useTempDir()

  it('a close while the background check is still running leaves no clean record', () => {
    const dataDir = tempDir()
    const file = join(dataDir, 'rupor.db')
    const first = createTestCore(dataDir, new FakeClock(start))
    first.core.close()
    rmSync(cleanShutdownFileOf(file)) // killed: the next start is unclean
    const { core } = createTestCore(dataDir, new FakeClock(start))
    expect(core.integrity.state()).toBe('checking')
    core.close() // the owner quits before the check answers
    expect(existsSync(cleanShutdownFileOf(file))).toBe(false)
    // So the next start checks again.
    const next = createTestCore(dataDir, new FakeClock(start))
    expect(next.core.integrity.state()).toBe('checking')
    next.core.close()
  })

  it('silent damage (the clean record still matching) never rotates a good copy away', async () => {
    const dataDir = tempDir()
    const file = join(dataDir, 'rupor.db')
    const clock = new FakeClock(start)
    const good = await sevenGoodCopies(dataDir, clock)
    // A bad sector: the bytes change, the record still says the file is as the close left it.
    scribbleOverPages(file, pagesOf(file, 'opt_outs').slice(2, 5))
    recordCleanShutdown(file)
    const { core } = createTestCore(dataDir, clock)
    expect(core.integrity.state()).toBe('whole')
    const copy = await dispatch(core.handlers, 'backups.create', {})
    expect(copy).toMatchObject({ ok: false, error: { code: 'database_damaged' } })
    expect(copiesIn(dataDir)).toEqual(good)
    expect(readdirSync(join(dataDir, 'backups')).filter((n) => !n.endsWith('.db'))).toEqual([])
    // The damaged copy sent the database itself to be checked: the damage is found.
    await core.integrity.idle()
    expect(core.integrity.state()).toBe('damaged')
    core.close()
  })

  it('the daily copy at an unclean start waits for the check, and is not taken of a damaged file', async () => {
    const dataDir = tempDir()
    const file = join(dataDir, 'rupor.db')
    const clock = new FakeClock(start)
    const good = await sevenGoodCopies(dataDir, clock)
    scribbleOverPages(file, pagesOf(file, 'opt_outs').slice(2, 5))
    rmSync(cleanShutdownFileOf(file))
    const core = dailyCore(dataDir, clock)
    expect(core.integrity.state()).toBe('checking')
    await core.integrity.idle()
    await core.backups.idle()
    expect(core.integrity.state()).toBe('damaged')
    expect(copiesIn(dataDir)).toEqual(good)
    core.close()
  })

  it('a new copy that could not be checked stays, but pushes no older copy out', async () => {
    const dataDir = tempDir()
    const clock = new FakeClock(start)
    const db = new Sqlite(join(dataDir, 'plain.db'))
    db.exec('CREATE TABLE t (x TEXT)')
    const log = vi.fn()
    let verdict: 'whole' | 'failed' = 'whole'
    const backups = createBackupService({
      db,
      clock,
      folder: join(dataDir, 'backups'),
      kept: 2,
      log,
      checkCopy: () =>
        Promise.resolve(
          verdict === 'whole' ? { kind: 'whole' } : { kind: 'failed', reason: 'no worker' },
        ),
    })
    for (let i = 0; i < 2; i += 1) {
      await backups.create()
      clock.advance(day)
    }
    verdict = 'failed'
    await backups.create()
    expect(copiesIn(dataDir)).toHaveLength(3)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no older copy deleted'))
    verdict = 'whole'
    clock.advance(day)
    await backups.create()
    expect(copiesIn(dataDir)).toHaveLength(2)
    db.close()
  })

  it('a read that meets the damage answers database_damaged and marks the file damaged', async () => {
    const dataDir = tempDir()
    const file = join(dataDir, 'rupor.db')
    const clock = new FakeClock(start)
    const first = createTestCore(dataDir, clock)
    await fillBook(first.core, 3000)
    first.core.close()
    scribbleOverPages(file, pagesOf(file, 'opt_outs').slice(2, 5))
    recordCleanShutdown(file) // silent: no check at start
    const { core } = createTestCore(dataDir, clock)
    expect(core.integrity.state()).toBe('whole')
    const read = await dispatch(core.handlers, 'optOuts.query', { limit: 500, offset: 2000 })
    expect(read).toMatchObject({ ok: false, error: { code: 'database_damaged' } })
    expect(core.integrity.damaged()).toBe(true)
    core.close()
  })

  it('on a damaged file the quit and the tray still act, and no send is guided that cannot be recorded', async () => {
    const dir = tempDir()
    const book = 'Name,Phone,Consent\nАнна,+7 916 111-11-11,да\nБорис,+7 916 222-22-22,да\n'
    const { core, campaign, opened, clock } = await setUpAssistedCore(dir, {
      book,
      shell: { shell: 'desktop' },
    })
    await callCore<Campaign>(core, 'campaigns.start', { id: campaign.id })
    clock.advance(60_000)
    expect(core.desktop.activity().running).toBe(1)
    core.integrity.damageMet(
      Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }),
    )
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await core.desktop.pauseForQuit('running_and_scheduled')).toBe(0)
    expect(await core.desktop.pauseAll()).toBe(0)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
    const before = opened.length
    for (const name of ['campaigns.reopenChat', 'campaigns.listMessage'] as const) {
      const refused = await dispatch(core.handlers, name, { id: campaign.id })
      expect(refused).toMatchObject({ ok: false, error: { code: 'database_damaged' } })
    }
    expect(opened.length).toBe(before)
    core.close()
  })
})

describe('the workers’ own connections on a damaged book', () => {
  const tempDir = useTempDir()
  const bookFile = (dir: string, name: string, rows: number): string => {
    const lines = ['Name,Phone']
    for (let i = 0; i < rows; i += 1)
      lines.push(`Клиент ${String(i)},+7916${String(2_000_000 + i)}`)
    writeFileSync(join(dir, name), lines.join('\n'))
    return join(dir, name)
  }

  it(
    'an import whose apply comes after damage was found writes nothing, and a list build is refused',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir()
      const { core } = createTestCore(join(dir, 'data'), new FakeClock(start))
      await importFile(core, bookFile(dir, 'first.csv', 50))
      const count = async () =>
        (await callCore<ContactPage>(core, 'contacts.query', { limit: 1 })).total
      const before = await count()
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      // Damage is found while the second import reads its file: its worker never applies.
      let reading = (): void => {}
      const read = new Promise<void>((resolve) => (reading = resolve))
      core.events.subscribe((message) => {
        if (message.name === 'imports.progress' && message.payload.phase === 'reading')
          if (message.payload.rowsDone > 0) reading()
      })
      const finished = importFile(core, bookFile(dir, 'second.csv', 20_000))
      await read
      core.integrity.damageMet(
        Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }),
      )
      const report = await finished
      expect(report).toMatchObject({ status: 'failed', added: 0 })
      expect(await count()).toBe(before)
      expect(core.writeGate.closed()).toBe(false)
      const build = await dispatch(core.handlers, 'lists.build', {
        selection: { filter: {} },
        name: 'Все',
        split: true,
      })
      expect(build).toMatchObject({ ok: false, error: { code: 'database_damaged' } })
      error.mockRestore()
      core.close()
    },
  )

  it('damage the import’s worker meets marks the book damaged, as a call meeting it would', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const clock = new FakeClock(start)
    const first = createTestCore(dataDir, clock)
    await importFile(first.core, bookFile(dir, 'first.csv', 3000))
    first.core.close()
    const file = join(dataDir, 'rupor.db')
    // The index the apply looks each number up in: only the worker's connection reads it.
    scribbleOverPages(file, pagesOf(file, 'sqlite_autoindex_contact_phones_1'))
    recordCleanShutdown(file) // silent: no check at start
    const { core } = createTestCore(dataDir, clock)
    expect(core.integrity.damaged()).toBe(false)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const report = await importFile(core, bookFile(dir, 'again.csv', 3000))
    expect(report.status).toBe('failed')
    expect(core.integrity.damaged()).toBe(true)
    error.mockRestore()
    core.close()
  })
})

describe('the background check in a packaged app', () => {
  const tempDir = useTempDir()
  const require = createRequire(import.meta.url)
  const sqliteEntry = require.resolve('better-sqlite3')
  const sqlitePackage = dirname(dirname(sqliteEntry))
  const binary = join(sqlitePackage, 'build', 'Release', 'better_sqlite3.node')

  it('finds better-sqlite3 unpacked beside app.asar', () => {
    const inside = [
      '',
      'app',
      'resources',
      'app.asar',
      'node_modules',
      'better-sqlite3',
      'lib',
      'index.js',
    ].join(sep)
    const unpacked = inside.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`)
    expect(unpackedPathOf(inside, (path) => path === unpacked)).toBe(unpacked)
    expect(unpackedPathOf(inside, () => false)).toBe(inside)
    expect(unpackedPathOf(sqliteEntry, () => true)).toBe(sqliteEntry)
  })

  it('the worker loads better-sqlite3 from the unpacked folder when given its binary', async () => {
    const dir = tempDir()
    // Only better-sqlite3 is unpacked (electron-builder.yml): `bindings` stays inside app.asar.
    const unpacked = join(dir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3')
    mkdirSync(unpacked, { recursive: true })
    cpSync(join(sqlitePackage, 'lib'), join(unpacked, 'lib'), { recursive: true })
    cpSync(join(sqlitePackage, 'package.json'), join(unpacked, 'package.json'))
    const file = join(dir, 'plain.db')
    const db = new Sqlite(file)
    db.exec('CREATE TABLE t (x TEXT)')
    db.close()
    const sqliteModule = join(unpacked, 'lib', 'index.js')
    expect(await checkInBackground({ file, sqliteModule }).done).toMatchObject({ kind: 'failed' })
    expect(await checkInBackground({ file, sqliteModule, nativeBinding: binary }).done).toEqual({
      kind: 'whole',
    })
  })

  it('a worker that cannot run: the check runs on the core’s thread, saying why', async () => {
    const db = new Sqlite(':memory:')
    db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT, updated_at INTEGER)')
    const warn = vi.fn()
    const watch = createIntegrityWatch({
      db,
      clock: new FakeClock(start),
      knownWhole: false,
      check: () => ({
        done: Promise.resolve({ kind: 'failed', reason: "Cannot find module 'bindings'" }),
        stop: () => undefined,
      }),
      onDamaged: () => undefined,
      warn,
    })
    watch.start()
    await watch.idle()
    expect(watch.state()).toBe('whole')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("Cannot find module 'bindings'"))
    watch.stop()
    db.close()
  })
})
