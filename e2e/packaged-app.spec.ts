// The packaged app, as an installer puts it on a shop's computer: electron-builder's unpacked
// build (`--dir`), started from its own executable. Run by the CI and release workflows on
// Windows, macOS and Linux with RUPOR_PACKAGED_APP naming that executable; skipped elsewhere.
// It shows what only a packaged build can: the asar loads, the SQLite module rebuilt for
// Electron opens a database, and the data outlives a clean quit.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import type { Campaign } from '../src/shared/campaigns'
import type { ContactPage } from '../src/shared/contacts'
import type { ImportPreview, ImportReport } from '../src/shared/imports'
import type { Settings } from '../src/shared/settings'
import { newDataDir } from './support/host-process'
import { startPackagedApp, type PackagedApp } from './support/packaged-app'
import { twoCustomers } from './support/shop'

/** The packaged executable, or why there is none. */
function findPackagedApp(): { path: string } | { missing: string } {
  const named = process.env.RUPOR_PACKAGED_APP
  if (!named) return { missing: 'RUPOR_PACKAGED_APP is not set' }
  const path = resolve(named)
  if (!existsSync(path)) return { missing: `RUPOR_PACKAGED_APP is ${path}, which does not exist` }
  return { path }
}

const found = findPackagedApp()
if ('missing' in found) {
  console.log(`[packaged-app.spec] skipped: no packaged app to start (${found.missing}).`)
}
test.skip('missing' in found, 'no packaged app on this machine (set RUPOR_PACKAGED_APP)')

/** Calls the app's API through the page's bridge, throwing on an error envelope. */
async function call<T>(page: Page, name: string, input: unknown): Promise<T> {
  // Page code is written as text: the e2e project has no DOM types.
  const answer = await page.evaluate<{ ok: true; value: T } | { ok: false; error: unknown }>(
    `window.rupor.call(${JSON.stringify(name)}, ${JSON.stringify(input)})`,
  )
  if (!answer.ok) throw new Error(`${name} failed: ${JSON.stringify(answer.error)}`)
  return answer.value
}

/** Imports a CSV as the import dialog does: create → chunk → preview → start, then its report. */
async function importCsv(page: Page, csv: string): Promise<ImportReport> {
  const bytes = Buffer.from(csv, 'utf8')
  const { importId } = await call<{ importId: string }>(page, 'imports.create', {
    fileName: 'contacts.csv',
    size: bytes.length,
  })
  await call(page, 'imports.appendChunk', { importId, offset: 0, data: bytes.toString('base64') })
  const preview = await call<ImportPreview>(page, 'imports.preview', { importId })
  await call(page, 'imports.start', { importId, mapping: preview.mapping, consent: 'unknown' })
  // The report exists once the import has finished.
  for (let attempt = 0; attempt < 100; attempt++) {
    const report = await call<ImportReport>(page, 'imports.report', { importId }).catch(
      () => undefined,
    )
    if (report) return report
    await page.waitForTimeout(100)
  }
  throw new Error('The import did not finish.')
}

for (const lang of ['ru', 'en'] as const) {
  test(`the packaged app opens, keeps a contact and a campaign, and finds them after a restart (${lang})`, async () => {
    test.setTimeout(120_000)
    if (!('path' in found)) return
    const executablePath = found.path
    const dataDir = newDataDir()
    const start = async () => {
      const app = await startPackagedApp(executablePath, {
        ...process.env,
        LANG: lang === 'ru' ? 'ru_RU.UTF-8' : 'en_US.UTF-8',
        RUPOR_DATA_DIR: dataDir,
      })
      await expect(app.page.getByRole('navigation')).toBeVisible({ timeout: 30_000 })
      return app
    }
    /** Quits as the owner does; the database was closed (SQLite removes its -wal file then). */
    const quitCleanly = async (app: PackagedApp) => {
      const ended = await app.quit()
      expect(ended).toEqual({ code: 0, signal: null })
      expect(existsSync(join(dataDir, 'rupor.db-wal'))).toBe(false)
    }

    const first = await start()
    // The database opened through the Electron build of better-sqlite3, inside the packaged app.
    await call<Settings>(first.page, 'settings.get', {})
    expect(existsSync(join(dataDir, 'rupor.db'))).toBe(true)
    const report = await importCsv(first.page, twoCustomers)
    expect(report).toMatchObject({ status: 'finished', added: 2 })
    const shop = await call<{ id: number }>(first.page, 'senders.save', {
      label: lang === 'ru' ? 'Магазин на Садовой' : 'The shop on Sadovaya',
      phone: '+7 916 000-11-22',
      startedOn: '2024-01-15',
      timeZone: 'Europe/Moscow',
    })
    const name = lang === 'ru' ? 'Новинки декабря' : 'December arrivals'
    const saved = await call<Campaign>(first.page, 'campaigns.save', {
      name,
      senderId: shop.id,
      text: lang === 'ru' ? 'Здравствуйте, {{first_name}}!' : 'Hello, {{first_name}}!',
    })
    expect(saved.state).toBe('draft')
    await quitCleanly(first)

    const second = await start()
    const contacts = await call<ContactPage>(second.page, 'contacts.query', {})
    expect(contacts.rows.map((row) => row.name).sort()).toEqual(['Анна Петрова', 'Борис Иванов'])
    const campaigns = await call<Campaign[]>(second.page, 'campaigns.list', {})
    expect(campaigns).toEqual([expect.objectContaining({ id: saved.id, name, state: 'draft' })])
    await quitCleanly(second)
  })
}
