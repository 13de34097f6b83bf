import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { EventMessage } from '../../../shared/api'
import type { Campaign } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ImportPreview } from '../../../shared/imports'
import type { ListSummary } from '../../../shared/lists'
import { bookOf, shopDraft, tuesdayMorning } from '../test-support/assisted-core'
import { callCore, importFile, uploadFile, waitForReport } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { FakeClock } from '../time/fake-clock'
import { closeDatabase, openDatabase } from '../db/open-database'
import { latestSchemaVersion, migrations } from '../db/migrations'
import { createRestorableTestCore } from './restorable-test-core'

const day = 24 * 60 * 60 * 1000

/** A shop with three customers, a list of them and a campaign sending to it. */
async function openShop(dir: string) {
  const test = createRestorableTestCore(join(dir, 'data'), new FakeClock(tuesdayMorning))
  const { core } = test
  writeFileSync(join(dir, 'book.csv'), bookOf(3))
  await importFile(core, join(dir, 'book.csv'))
  await core.handlers['settings.update']({ shopName: 'Вчерашний магазин' })
  const ids = (await callCore<ContactPage>(core, 'contacts.query', { limit: 10 })).rows.map(
    (r) => r.id,
  )
  const { campaign: draft } = await shopDraft(core, ids)
  const campaign = await callCore<Campaign>(core, 'campaigns.start', { id: draft.id })
  await core.backups.idle()
  return { ...test, dataDir: join(dir, 'data'), ids, campaign }
}

const shopNameIn = (file: string) => {
  const db = new Sqlite(file, { readonly: true })
  try {
    return {
      settings: String(
        db.prepare("SELECT value FROM settings WHERE key = 'shopName'").pluck().get(),
      ),
      contacts: db.prepare('SELECT count(*) FROM contacts').pluck().get(),
      optOuts: db.prepare('SELECT count(*) FROM opt_outs').pluck().get(),
      campaign: db.prepare('SELECT state FROM campaigns').pluck().get(),
    }
  } finally {
    db.close()
  }
}

describe('restoring a copy', () => {
  const tempDir = useTempDir()

  it("brings back yesterday's data, keeps today's aside, pauses what was sending, and goes on", async () => {
    const { core, clock, dataDir, ids, campaign } = await openShop(tempDir())
    expect(campaign.state).toBe('running')
    const yesterday = await core.handlers['backups.create']({})

    // A day later (the daily copy is made at midnight), the owner changes things.
    clock.advance(day)
    await core.backups.idle()
    await core.handlers['settings.update']({ shopName: 'Сегодняшний магазин' })
    await callCore(core, 'optOuts.addNumbers', { text: '+7 916 000-00-01', note: '' })
    await callCore(core, 'contacts.delete', { ids: [ids[0]] })
    expect((await core.handlers['backups.list']({})).backups).toHaveLength(2)

    const heard: EventMessage[] = []
    core.events.subscribe((message) => heard.push(message))
    const outcome = await core.handlers['backups.restore']({
      name: yesterday.name,
      location: 'main',
    })

    // The data is yesterday's…
    expect((await core.handlers['settings.get']({})).shopName).toBe('Вчерашний магазин')
    expect((await callCore<ContactPage>(core, 'contacts.query', { limit: 10 })).total).toBe(3)
    // (but for what protects people: the number that opted out today is still on the list)
    expect((await callCore<{ total: number }>(core, 'optOuts.query', {})).total).toBe(1)
    expect(outcome.carried).toMatchObject({ optOuts: 1 })
    // …and the campaign that was sending then waits for the owner instead of carrying on.
    expect((await core.handlers['campaigns.get']({ id: campaign.id })).state).toBe('paused')

    // Today's database is kept whole beside it, its campaign paused before it was closed.
    expect(outcome.restored).toBe(yesterday.name)
    expect(outcome.keptAs).toMatch(/before-restore-2026-12-02T.*\.db$/)
    expect(shopNameIn(outcome.keptAs)).toEqual({
      settings: expect.stringContaining('Сегодняшний магазин') as string,
      contacts: 2,
      optOuts: 1,
      campaign: 'paused',
    })
    expect(heard.some((m) => m.name === 'backups.restored')).toBe(true)
    expect(readdirSync(dataDir).filter((name) => name.includes('.restoring'))).toEqual([])

    // The reopened core works on the restored file and keeps making daily copies.
    await core.handlers['settings.update']({ shopName: 'После' })
    clock.advance(day)
    await core.backups.idle()
    expect((await core.handlers['backups.list']({})).backups).toHaveLength(3)
    core.close()
    expect(shopNameIn(join(dataDir, 'rupor.db')).settings).toContain('После')
  })
})

describe('a copy from an older Rupor', () => {
  const tempDir = useTempDir()

  it('is brought up to this schema when restored, its data kept', async () => {
    const { core, dataDir } = await openShop(tempDir())
    const oldName = 'rupor-2026-11-30T09-00-00Z.db'
    // What Rupor wrote when it knew only its first three schema steps.
    const { db } = openDatabase({
      file: join(dataDir, 'backups', oldName),
      now: tuesdayMorning,
      steps: migrations.slice(0, 3),
    })
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('shopName', @value, 0)").run({
      value: JSON.stringify('Старый магазин'),
    })
    closeDatabase(db)

    await core.handlers['backups.restore']({ name: oldName, location: 'main' })
    expect((await core.handlers['settings.get']({})).shopName).toBe('Старый магазин')
    expect((await core.handlers['app.info']({})).schemaVersion).toBe(latestSchemaVersion)
    expect(await core.handlers['campaigns.list']({})).toEqual([])
    core.close()
  })
})

describe('a copy that cannot be restored', () => {
  const tempDir = useTempDir()

  const unusable: [string, (good: string, bad: string) => void, string][] = [
    [
      'damaged inside',
      (good, bad) => {
        const bytes = readFileSync(good)
        bytes.fill(0xab, 4096 * 2, bytes.length - 4096)
        writeFileSync(bad, bytes)
      },
      'backup_damaged',
    ],
    [
      'not a database at all',
      (_good, bad) => writeFileSync(bad, 'Имя,Телефон\n'),
      'backup_damaged',
    ],
    [
      'another program’s database',
      (_good, bad) => {
        const db = new Sqlite(bad)
        db.exec('CREATE TABLE notes (text TEXT); PRAGMA user_version = 30')
        db.close()
      },
      'backup_foreign',
    ],
    [
      'from a newer Rupor',
      (good, bad) => {
        copyFileSync(good, bad)
        const db = new Sqlite(bad)
        db.pragma('user_version = 9990')
        db.close()
      },
      'backup_too_new',
    ],
  ]

  it.each(unusable)('is refused when %s, and nothing changes', async (_what, spoil, problem) => {
    const { core, dataDir, campaign } = await openShop(tempDir())
    const good = await core.handlers['backups.create']({})
    const badName = 'rupor-2026-11-30T09-00-00Z.db'
    spoil(join(dataDir, 'backups', good.name), join(dataDir, 'backups', badName))
    await core.handlers['settings.update']({ shopName: 'Сегодняшний магазин' })
    const before = readdirSync(dataDir).sort()

    await expect(callCore(core, 'backups.restore', { name: badName })).rejects.toMatchObject({
      error: { code: 'file_problem', details: { problem } },
    })
    expect((await core.handlers['settings.get']({})).shopName).toBe('Сегодняшний магазин')
    expect((await core.handlers['campaigns.get']({ id: campaign.id })).state).toBe('running')
    expect(readdirSync(dataDir).sort()).toEqual(before)
    core.close()
  })

  it('waits while an import is running: refused, and nothing changes', async () => {
    const dir = tempDir()
    const { core, dataDir, campaign } = await openShop(dir)
    const copy = await core.handlers['backups.create']({})
    writeFileSync(join(dir, 'more.csv'), bookOf(400))
    const importId = await uploadFile(core, join(dir, 'more.csv'))
    const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
    const finished = waitForReport(core, importId)
    await callCore(core, 'imports.start', {
      importId,
      mapping: preview.mapping,
      consent: 'granted',
    })
    await expect(callCore(core, 'backups.restore', { name: copy.name })).rejects.toMatchObject({
      error: { code: 'wrong_state', details: { state: 'importing' } },
    })
    expect((await core.handlers['campaigns.get']({ id: campaign.id })).state).toBe('running')
    expect(readdirSync(dataDir).some((name) => name.startsWith('before-restore-'))).toBe(false)
    expect((await finished).status).toBe('finished')
    core.close()
  })

  it('refuses an import started while the restore waits for a send or a copy to end', async () => {
    const dir = tempDir()
    const { core } = await openShop(dir)
    const copy = await core.handlers['backups.create']({})
    writeFileSync(join(dir, 'more.csv'), bookOf(400))
    const importId = await uploadFile(core, join(dir, 'more.csv'))
    const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
    const restored = core.handlers['backups.restore']({ name: copy.name, location: 'main' })
    // Called before the restore's wait has ended (its worker would hold the file being swapped).
    let refusal: unknown
    try {
      void core.handlers['imports.start']({
        importId,
        mapping: preview.mapping,
        consent: 'granted',
      })
    } catch (error) {
      refusal = error
    }
    expect(refusal).toMatchObject({ code: 'wrong_state', details: { state: 'restoring' } })
    expect((await restored).restored).toBe(copy.name)
    core.close()
  })

  it('is refused while a list is being built, and a build is refused while a restore is under way', async () => {
    const { core, dataDir } = await openShop(tempDir())
    const copy = await core.handlers['backups.create']({})
    const build = (name: string) =>
      callCore<ListSummary[]>(core, 'lists.build', {
        selection: { filter: {} },
        onlyEligible: false,
        name,
        split: false,
      })
    const building = build('Во время сборки')
    await expect(callCore(core, 'backups.restore', { name: copy.name })).rejects.toMatchObject({
      error: { code: 'wrong_state', details: { state: 'building_lists' } },
    })
    expect(readdirSync(dataDir).some((name) => name.startsWith('before-restore-'))).toBe(false)
    expect((await building)[0]?.name).toBe('Во время сборки')
    const restored = core.handlers['backups.restore']({ name: copy.name, location: 'main' })
    await expect(build('Во время восстановления')).rejects.toMatchObject({
      error: { code: 'wrong_state', details: { state: 'restoring_build' } },
    })
    expect((await restored).restored).toBe(copy.name)
    core.close()
  })

  it('is refused by name when it is not a copy in the backups folder', async () => {
    const { core, dataDir } = await openShop(tempDir())
    for (const name of ['../rupor.db', 'rupor.db', 'secrets.json']) {
      await expect(callCore(core, 'backups.restore', { name })).rejects.toMatchObject({
        error: { code: 'invalid_input' },
      })
    }
    await expect(
      callCore(core, 'backups.restore', { name: 'rupor-2020-01-01T00-00-00Z.db' }),
    ).rejects.toMatchObject({ error: { code: 'not_found' } })
    expect(existsSync(join(dataDir, 'rupor.db'))).toBe(true)
    core.close()
  })
})
