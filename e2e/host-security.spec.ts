import { expect, test } from '@playwright/test'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

let host: HostProcess
test.beforeEach(async () => {
  host = await startHostProcess({ dataDir: newDataDir() })
})
test.afterEach(async () => {
  await host.stop()
})

test('a call without the token is refused', async ({ request }) => {
  const response = await request.post(`${host.origin}/api/settings.get`, { data: {} })
  expect(response.status()).toBe(403)
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
})

test('a call from a foreign Origin is refused even with the token', async ({ request }) => {
  const response = await request.post(`${host.origin}/api/settings.get`, {
    data: {},
    headers: { Authorization: `Bearer ${host.token}`, Origin: 'https://evil.example' },
  })
  expect(response.status()).toBe(403)
})

test('a page on another site cannot read the API from the browser', async ({ page }) => {
  // A page served from a different origin (a data: URL here) tries to call the host.
  await page.goto('data:text/html,<title>elsewhere</title>')
  const outcome = await page.evaluate(
    async ({ origin, token }) => {
      try {
        const response = await fetch(`${origin}/api/settings.get`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: '{}',
        })
        return `read ${String(response.status)}`
      } catch {
        return 'blocked'
      }
    },
    { origin: host.origin, token: host.token },
  )
  expect(outcome).toBe('blocked')
})

test('the same call with the token and no foreign Origin is answered', async ({ request }) => {
  const response = await request.post(`${host.origin}/api/settings.get`, {
    data: {},
    headers: { Authorization: `Bearer ${host.token}` },
  })
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ ok: true, value: { defaultCountry: 'RU' } })
})
