import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { UpdateStatus } from '../src/shared/updates'
import { AppPage } from './support/app-page'
import { callHost } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shot } from './support/shots'

const { version } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
  version: string
}

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
})

const languages = [
  {
    lang: 'ru',
    settings: 'Настройки',
    title: 'Обновления',
    version: `Установлена версия ${version}`,
    check: 'Проверить обновления',
    state: 'В версии для браузера обновлений нет',
  },
  {
    lang: 'en',
    settings: 'Settings',
    title: 'Updates',
    version: `Installed version ${version}`,
    check: 'Check for updates',
    state: 'The browser version has no updates',
  },
] as const

for (const words of languages) {
  test(`Settings shows the version and that the browser version does not update itself (${words.lang})`, async ({
    page,
  }) => {
    host = await startHostProcess({ dataDir: newDataDir(), lang: words.lang })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(words.settings)
    const section = page.locator('#updates')
    await expect(section.getByRole('heading', { name: words.title })).toBeVisible()
    // The version is the package's own, not a number typed into the page.
    await expect(section.getByTestId('app-version')).toHaveText(words.version)
    await expect(section.getByRole('status')).toContainText(words.state)
    // Nothing to check in the browser: the button is there, and off.
    await expect(section.getByRole('button', { name: words.check })).toBeDisabled()
    // A check or a restart asked for through the API anyway changes nothing.
    for (const call of ['updates.check', 'updates.restart']) {
      expect(await callHost<UpdateStatus>(host, call, {})).toEqual({
        version,
        state: { kind: 'unavailable', why: 'browser' },
        lastCheckAt: null,
      })
    }
    await section.scrollIntoViewIfNeeded()
    await shot(section, `settings-updates-${words.lang}`)
  })
}
