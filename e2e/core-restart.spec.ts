// The core's worker ends on its own while a window is open (as a crash of its native code would):
// the host starts it again, as the desktop app does, and the window says so in a banner. Nothing
// reloads the window under the owner's hands — text typed and not yet saved stays until they
// press the banner's button. A second loss stops the host.
import { expect, test } from '@playwright/test'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { launchHostProcess, newDataDir, type HostProcess } from './support/host-process'
import { shot } from './support/shots'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

const texts = {
  en: {
    title: 'Rupor restarted its inner part',
    body: /copy it, then reload the window/,
    reload: 'Reload the window',
    search: 'Search',
  },
  ru: {
    title: 'Рупор перезапустил свою внутреннюю часть',
    body: /скопируйте его, затем перезагрузите окно/,
    reload: 'Перезагрузить окно',
    search: 'Поиск',
  },
} as const

for (const lang of ['en', 'ru'] as const) {
  test(`a core that ended on its own is started again; the window keeps what was typed until the owner reloads it (${lang})`, async ({
    page,
  }) => {
    test.skip(process.platform === 'win32', 'the test stops the core with SIGUSR2')
    const launched = launchHostProcess({
      dataDir: newDataDir(),
      lang,
      extraArgs: ['--test-core-stop'],
    })
    host = await launched.ready
    await importCsv(host, 'Name,Phone\nАнна Петрова,+79161234567\nБорис Смирнов,+79035551234\n')
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    const search = page.getByLabel(texts[lang].search)
    await search.fill('Анна')
    await expect(page.getByText('Борис Смирнов')).toBeHidden()

    host.signal('SIGUSR2')
    const banner = page.getByRole('alert').filter({ hasText: texts[lang].title })
    await expect(banner).toBeVisible({ timeout: 15_000 })
    await expect(banner).toContainText(texts[lang].body)
    await shot(page, `core-restarted-${lang}`)
    // Not reloaded: what the owner typed is still there, and the new core answers.
    await expect(search).toHaveValue('Анна')
    expect(await callHost(host, 'contacts.query', { limit: 10 })).toMatchObject({
      rows: [{ name: 'Анна Петрова' }, { name: 'Борис Смирнов' }],
    })
    expect(launched.output()).toMatch(/Rupor's core was started again/)

    await banner.getByRole('button', { name: texts[lang].reload }).click()
    await expect(page.getByText('Борис Смирнов')).toBeVisible({ timeout: 15_000 })
    await expect(page.getByLabel(texts[lang].search)).toHaveValue('')
    await expect(banner).toBeHidden()

    // Once per run: a second loss stops the host, saying so.
    if (lang === 'en') {
      host.signal('SIGUSR2')
      expect(await host.exited).toBe(1)
      expect(launched.output()).toMatch(/the host stops/)
    }
  })
}
