// The Cloud API server address: only Meta's, and the test server's only where the host was started
// with it (--cloud-test-server). A non-Meta address is refused with the reason; moving a connected
// number to another address asks for the access token again, and the stored one stays behind.
import { expect, test } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import type { AppInfo } from '../src/shared/api'
import type { Sender } from '../src/shared/senders'
import {
  startCloudApiTestServer,
  type CloudApiTestServer,
} from '../src/main/core/test-support/cloud-api-server'
import { AppPage } from './support/app-page'
import { callHost } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

const shots = 'test-results/screenshots'

const texts = {
  ru: {
    settings: 'Настройки',
    edit: 'Изменить',
    dialog: 'Номер «Ромашка»',
    token: 'Ключ доступа (access token)',
    advanced: 'Для опытных',
    baseUrl: 'Адрес сервера',
    save: 'Сохранить',
    notAllowed:
      'Рупор отправляет ключ доступа только в Meta: подойдёт лишь адрес https://graph.facebook.com.',
    tokenAgain:
      'Адрес сервера изменился: введите ключ доступа заново. Сохранённый ключ на новый адрес не отправляется.',
  },
  en: {
    settings: 'Settings',
    edit: 'Edit',
    dialog: 'Number “Ромашка”',
    token: 'Access token',
    advanced: 'Advanced',
    baseUrl: 'Server address',
    save: 'Save',
    notAllowed:
      'Rupor sends the access token to Meta only: the address must be https://graph.facebook.com.',
    tokenAgain:
      'The server address changed: enter the access token again. The stored token is never sent to a new address.',
  },
} as const

let server: CloudApiTestServer
const hosts: HostProcess[] = []
test.beforeAll(() => {
  mkdirSync(shots, { recursive: true })
})
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop()
  await server.close()
})

async function connectedNumber(host: HostProcess): Promise<Sender> {
  const saved = await callHost<Sender>(host, 'senders.save', {
    label: 'Ромашка',
    channel: 'cloud_api',
    phone: '+7 999 000-00-00',
    startedOn: '2024-01-15',
    timeZone: 'Europe/Moscow',
  })
  return callHost<Sender>(host, 'cloud.connect', {
    senderId: saved.id,
    phoneNumberId: server.phoneNumberId,
    wabaId: server.wabaId,
    baseUrl: server.url,
    token: server.token,
  })
}

for (const lang of ['ru', 'en'] as const) {
  const text = texts[lang]

  test(`${lang}: a non-Meta address is refused, and a new address asks for the token again`, async ({
    page,
  }) => {
    test.setTimeout(60_000)
    server = await startCloudApiTestServer()
    const host = await startHostProcess({
      dataDir: newDataDir(),
      lang,
      cloudTestServer: server.url,
    })
    hosts.push(host)
    const sender = await connectedNumber(host)
    const app = new AppPage(page)
    await page.setViewportSize({ width: 1280, height: 900 })
    await app.open(host.pageUrl)
    await app.goTo(text.settings)
    await page.getByRole('button', { name: text.edit }).first().click()
    const dialog = page.getByRole('dialog', { name: text.dialog })
    await dialog.getByRole('button', { name: text.advanced }).click()
    const address = dialog.getByRole('textbox', { name: text.baseUrl })
    await expect(address).toHaveValue(server.url)

    // Another address with the stored token: the form asks for the token again.
    await address.fill('https://graph.facebook.com')
    await dialog.getByRole('button', { name: text.save }).click()
    await expect(dialog.getByText(text.tokenAgain)).toBeVisible()

    // Any address but Meta's (and the test server's): the core refuses it, saying why.
    await address.fill('https://api.provider.example')
    await dialog.getByLabel(text.token).fill('EAAG-a-token-for-elsewhere-0123456789')
    await dialog.getByRole('button', { name: text.save }).click()
    await expect(dialog.getByText(text.notAllowed)).toBeVisible()
    await address.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}/cloud-server-address-${lang}.png` })
    await page.keyboard.press('Escape')

    // Nothing moved, and no request reached anything but the test server with its own token.
    const [kept] = await callHost<Sender[]>(host, 'senders.list', {})
    expect(kept?.cloud).toMatchObject({ baseUrl: server.url, hasToken: true })
    const refused = await fetch(`${host.origin}/api/cloud.connect`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        senderId: sender.id,
        phoneNumberId: server.phoneNumberId,
        wabaId: server.wabaId,
        baseUrl: 'https://graph.facebook.com',
      }),
    })
    expect(await refused.json()).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: 'token', message: 'token_for_new_address' }],
      },
    })

    // A host started without a test server is the desktop app's case: Meta's address alone, and
    // no address field in the form.
    const plain = await startHostProcess({ dataDir: newDataDir(), lang })
    hosts.push(plain)
    const info = await callHost<AppInfo>(plain, 'app.info', {})
    expect(info.cloudServers).toEqual(['https://graph.facebook.com'])
    await callHost(plain, 'senders.save', {
      label: 'Ромашка',
      channel: 'cloud_api',
      phone: '+7 999 000-00-00',
      startedOn: '2024-01-15',
      timeZone: 'Europe/Moscow',
    })
    await app.open(plain.pageUrl)
    await app.goTo(text.settings)
    await page.getByRole('button', { name: text.edit }).first().click()
    const plainDialog = page.getByRole('dialog', { name: text.dialog })
    await plainDialog.getByRole('button', { name: text.advanced }).click()
    await expect(plainDialog.getByRole('textbox', { name: text.baseUrl })).toHaveCount(0)
    await page.screenshot({ path: `${shots}/cloud-server-address-desktop-${lang}.png` })
    expect(server.requests.every((r) => r.headers.authorization === `Bearer ${server.token}`)).toBe(
      true,
    )
  })
}
