// A full disk (SQLITE_FULL, made with PRAGMA max_page_count on the core's own connection) and a
// database that cannot be written (SQLITE_READONLY, made with PRAGMA query_only): the owner is
// told which, in a code the UI translates, and nothing is half-written.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { DateTime } from 'luxon'
import { describe, expect, it, vi } from 'vitest'
import type { Campaign, CampaignDetail } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender } from '../../../shared/senders'
import { seededRandom } from '../scheduler/pacing'
import type * as OpenDatabaseModule from './open-database'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'

// The core's connection, as opened: the pragmas below are per connection.
const opened = vi.hoisted(() => ({ db: undefined as Database | undefined }))
vi.mock('./open-database', async (importActual) => {
  const actual = await importActual<typeof OpenDatabaseModule>()
  return {
    ...actual,
    openDatabase: (options: Parameters<typeof actual.openDatabase>[0]) => {
      const result = actual.openDatabase(options)
      opened.db = result.db
      return result
    },
  }
})
const coreDb = (): Database => {
  if (!opened.db) throw new Error('no core opened')
  return opened.db
}
/** No page may be added to the file from now on: the next write that needs one fails whole. */
const fillDisk = (): void => {
  const pages = coreDb().pragma('page_count', { simple: true }) as number
  coreDb().pragma(`max_page_count = ${String(pages)}`)
}
const freeDisk = (): void => void coreDb().pragma('max_page_count = 1073741823')

function bigBook(rows: number): string {
  const lines = ['Name,Phone,Notes']
  for (let i = 0; i < rows; i += 1)
    lines.push(`Покупатель ${String(i)},+7916${String(3_000_000 + i)},${'заметка '.repeat(20)}`)
  return lines.join('\n')
}

const tuesday = DateTime.fromISO('2026-12-01T11:00', { zone: 'Europe/Moscow' }).toMillis()

describe('a full disk or a database that cannot be written', () => {
  const tempDir = useTempDir()

  it(
    'an import into a full disk leaves the book exactly as it was and says the disk is full',
    { timeout: 30_000 },
    async () => {
      const dir = tempDir()
      const { core } = createTestCore(join(dir, 'data'))
      writeFileSync(join(dir, 'small.csv'), 'Name,Phone\nАнна,+79161234567\nИван,+79161234568\n')
      await importFile(core, join(dir, 'small.csv'))
      const before = await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })
      writeFileSync(join(dir, 'big.csv'), bigBook(1000))

      fillDisk()
      const report = await importFile(core, join(dir, 'big.csv'))
      expect(report).toMatchObject({ status: 'failed', storageProblem: 'disk_full', added: 0 })
      expect(await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })).toEqual(before)
      expect(coreDb().pragma('integrity_check', { simple: true })).toBe('ok')

      // Once there is room again, the same file goes in whole.
      freeDisk()
      expect(await importFile(core, join(dir, 'big.csv'))).toMatchObject({
        status: 'finished',
        added: 1000,
      })
      core.close()
    },
  )

  it('a call that writes says disk_full or read_only, translated by the UI, not "internal"', async () => {
    const { core } = createTestCore(join(tempDir(), 'data'))
    coreDb().pragma('query_only = 1')
    const failed = await callCore(core, 'lists.create', { name: 'Все', contactIds: [] }).catch(
      (e: unknown) => (e as { error: unknown }).error,
    )
    expect(failed).toMatchObject({ code: 'read_only' })
    coreDb().pragma('query_only = 0')
    fillDisk()
    const numbers = Array.from({ length: 2000 }, (_, i) => `+7916${String(4_000_000 + i)}`)
    const full = await callCore(core, 'optOuts.addNumbers', { text: numbers.join('\n') }).catch(
      (e: unknown) => (e as { error: unknown }).error,
    )
    expect(full).toMatchObject({ code: 'disk_full' })
    freeDisk()
    // Nothing of the refused call was kept.
    expect(coreDb().prepare('SELECT count(*) AS n FROM opt_outs').get()).toEqual({ n: 0 })
    core.close()
  })

  it('a send answered while the database cannot be written marks nobody as sent and keeps the item', async () => {
    const dir = tempDir()
    const clock = new FakeClock(tuesday)
    const { core } = createTestCore(join(dir, 'data'), clock, seededRandom(5))
    writeFileSync(
      join(dir, 'book.csv'),
      'Name,Phone,Consent\nАнна,+79161111111,да\nБорис,+79162222222,да\n',
    )
    await importFile(core, join(dir, 'book.csv'))
    const ids = (await callCore<ContactPage>(core, 'contacts.query', {})).rows.map((r) => r.id)
    const list = await callCore<ListDetail>(core, 'lists.create', { name: 'Все', contactIds: ids })
    const sender = await callCore<Sender>(core, 'senders.save', {
      label: 'Магазин',
      phone: '+79030000000',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
    })
    const campaign = await callCore<Campaign>(core, 'campaigns.save', {
      name: 'Декабрь',
      senderId: sender.id,
      listIds: [list.id],
      text: 'Здравствуйте!',
    })
    await callCore(core, 'campaigns.start', { id: campaign.id })
    const asked = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    const itemId = asked.task?.itemId
    expect(itemId).toBeDefined()
    const ledger = () =>
      coreDb().prepare('SELECT item_id, state FROM send_ledger ORDER BY id').all()
    const ledgerBefore = ledger()

    coreDb().pragma('query_only = 1')
    const refused = await callCore(core, 'campaigns.confirm', { itemId, outcome: 'sent' }).catch(
      (e: unknown) => (e as { error: unknown }).error,
    )
    expect(refused).toMatchObject({ code: 'read_only' })
    coreDb().pragma('query_only = 0')

    // Nobody marked sent, the item still waits for the owner's answer, which now goes through.
    expect(ledger()).toEqual(ledgerBefore)
    const still = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(still.task?.itemId).toBe(itemId)
    expect(still.counts).toMatchObject({ sent: 0, sending: 1 })
    await callCore(core, 'campaigns.confirm', { itemId, outcome: 'sent' })
    const after = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(after.counts).toMatchObject({ sent: 1 })
    // The next claim comes while the database cannot be written: it fails whole and is tried
    // again once it can, nobody marked sent meanwhile and nobody skipped.
    coreDb().pragma('query_only = 1')
    clock.advance(10 * 60_000)
    coreDb().pragma('query_only = 0')
    const waiting = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(waiting.counts).toMatchObject({ planned: 1, sending: 0, sent: 1 })
    clock.advance(2 * 60_000)
    const next = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(next.counts).toMatchObject({ planned: 0, sending: 1, sent: 1 })
    expect(next.task?.itemId).not.toBe(itemId)
    core.close()
  })
})
