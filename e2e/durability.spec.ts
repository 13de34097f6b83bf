// What survives a damaged file, and where the log is: a Cloud API number whose secrets file was
// found damaged at start-up asks for its token again, saying why (in Russian and in English), and
// Settings shows the log file the host writes — with the damage noted in it, nothing personal.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import type { Sender } from '../src/shared/senders'
import { AppPage } from './support/app-page'
import { callHost } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shot } from './support/shots'

const texts = {
  ru: {
    settings: 'Настройки',
    damaged: 'Файл с ключами доступа повреждён — введите ключ снова.',
    enterToken: 'Ввести ключ',
    logFile: 'Журнал ошибок',
    dataTitle: 'Где хранятся данные',
  },
  en: {
    settings: 'Settings',
    damaged: 'The file holding access tokens was damaged — enter the token again.',
    enterToken: 'Enter the token',
    logFile: 'Log file',
    dataTitle: 'Where your data lives',
  },
}
const token = 'EAAGe2eDurabilityToken0123456789abcdef'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
})

for (const lang of ['ru', 'en'] as const) {
  const text = texts[lang]

  test(`a damaged secrets file asks for each token again, and Settings shows the log (${lang})`, async ({
    page,
  }) => {
    const dataDir = newDataDir()
    host = await startHostProcess({ dataDir, lang })
    const saved = await callHost<Sender>(host, 'senders.save', {
      label: 'Ромашка',
      channel: 'cloud_api',
      phone: '+7 999 000-00-00',
      startedOn: '2024-01-15',
      timeZone: 'Europe/Moscow',
    })
    await callHost(host, 'cloud.connect', {
      senderId: saved.id,
      phoneNumberId: '1234567890',
      wabaId: '9876543210',
      token,
    })
    await host.stop()
    // A power cut in the middle of a write by an older version: the file cut short.
    const secrets = join(dataDir, 'secrets.host.json')
    writeFileSync(secrets, readFileSync(secrets, 'utf8').slice(0, 20))

    host = await startHostProcess({ dataDir, lang })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(text.settings)
    const card = page
      .locator('#senders')
      .locator('.mantine-Paper-root')
      .filter({ hasText: 'Ромашка' })
      .first()
    await expect(card.getByText(text.damaged)).toBeVisible()
    await expect(card.getByRole('button', { name: text.enterToken })).toBeVisible()
    await shot(card, `durability-damaged-secrets-${lang}`)
    expect(
      readdirSync(dataDir).filter((name) => name.startsWith('secrets.host.damaged-')),
    ).toHaveLength(1)

    await showsTheLog(page, dataDir, text)
  })
}

async function showsTheLog(page: Page, dataDir: string, text: (typeof texts)['ru']): Promise<void> {
  const logFile = join(dataDir, 'logs', 'rupor.log')
  await expect(page.getByLabel(text.logFile)).toHaveValue(logFile)
  const section = page.locator('.mantine-Paper-root').filter({ hasText: text.dataTitle })
  await section.scrollIntoViewIfNeeded()
  await shot(section, `durability-log-file-${lang(text)}`)
  const log = readFileSync(logFile, 'utf8')
  expect(log).toContain('WARN secrets: secrets.host.json was damaged')
  expect(log).not.toContain(token)
  expect(log).not.toContain('Ромашка')
  expect(log).not.toMatch(/\d{6}/)
}

const lang = (text: (typeof texts)['ru']): string => (text === texts.ru ? 'ru' : 'en')
