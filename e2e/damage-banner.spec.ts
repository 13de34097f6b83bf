// Damage met while the app runs, in the host, on a throwaway shop: the open window shows a banner
// that stays (what happened, that nothing more is saved, what to do), and a window opened
// afterwards shows it too — in Russian and in English.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { recordCleanShutdown } from '../src/main/core/db/clean-shutdown'
import { pagesOf, scribbleOverPages } from '../src/main/core/test-support/damaged-database'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shot } from './support/shots'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

const texts = {
  en: {
    title: 'The Rupor database is damaged — nothing more is saved',
    what: /Close Rupor and start it again: it will offer to restore the newest daily copy/,
  },
  ru: {
    title: 'База данных Рупора повреждена — больше ничего не сохраняется',
    what: /Закройте Рупор и запустите снова: он предложит восстановить самую новую ежедневную копию/,
  },
} as const

/** The page's address in the other language (the host passes it in the fragment). */
const inLanguage = (url: string, lang: 'ru' | 'en'): string =>
  url.replace(/lang=\w+/, `lang=${lang}`)

async function expectBanner(page: Page, lang: 'ru' | 'en') {
  const banner = page.getByRole('alert').filter({ hasText: texts[lang].title })
  await expect(banner).toBeVisible({ timeout: 15_000 })
  await expect(banner).toContainText(texts[lang].what)
  return banner
}

test('damage met while the app runs shows a banner that stays, in both languages, in a window opened later too', async ({
  page,
  context,
}) => {
  const dataDir = newDataDir()
  const shop = await startHostProcess({ dataDir, lang: 'en' })
  try {
    await importCsv(shop, 'Name,Phone\nАнна Петрова,+79161234567\nБорис Смирнов,+79035551234\n')
  } finally {
    await shop.stop()
  }
  // A bad sector under the contacts, the clean close's record still matching: no check at start,
  // so the damage is met by the contact book's own read, with the window open.
  const file = join(dataDir, 'rupor.db')
  scribbleOverPages(file, pagesOf(file, 'contacts', 'any'))
  recordCleanShutdown(file)
  host = await startHostProcess({ dataDir, lang: 'en' })
  const app = new AppPage(page)
  await app.open(inLanguage(host.pageUrl, 'en'))
  const banner = await expectBanner(page, 'en')
  await shot(page, 'damage-banner-en')
  // It stays from section to section (nothing closes it).
  await app.goTo('Opt-outs')
  await expect(banner).toBeVisible()
  await expect(banner.getByRole('button')).toHaveCount(0)
  // Writes answer so; reads still work.
  expect(await callHost(host, 'settings.update', { shopName: 'Цветы' }).catch(String)).toMatch(
    /"code":"database_damaged"/,
  )
  expect(await callHost(host, 'app.info', {})).toMatchObject({ databaseDamaged: true })

  // A window opened afterwards, in Russian: it reads the damage from app.info.
  const later = await context.newPage()
  await new AppPage(later).open(inLanguage(host.pageUrl, 'ru'))
  await expectBanner(later, 'ru')
  await shot(later, 'damage-banner-ru')
})
