import { expect, test } from '@playwright/test'
import { request as httpRequest } from 'node:http'
import { callHost } from './support/host-api'
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

/** The shop's name as the host has it: the refused calls below try to change it. */
async function shopName(): Promise<string> {
  return (await callHost<{ shopName: string }>(host, 'settings.get', {})).shopName
}

/** A raw call on its own connection, with any Host header and body, and the status it gets. */
function rawCall(headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${host.origin}/api/settings.update`, {
      method: 'POST',
      agent: false,
      headers: { 'Content-Type': 'application/json', ...headers },
    })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    // The host drops the connection of an oversized body once it has answered.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    req.end(body)
  })
}

test('a wrong token is refused, of the same length or another, and changes nothing', async ({
  request,
}) => {
  const last = host.token.at(-1) === 'A' ? 'B' : 'A'
  for (const token of [
    `${host.token.slice(0, -1)}${last}`,
    host.token.slice(1),
    `${host.token}=`,
  ]) {
    const response = await request.post(`${host.origin}/api/settings.update`, {
      data: { shopName: 'Взлом' },
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(response.status()).toBe(403)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  }
  expect(await shopName()).toBe('')
})

test('a foreign Host (DNS rebinding), localhost included, is refused and changes nothing', async () => {
  const { port } = new URL(host.origin)
  for (const name of [`evil.example:${port}`, `localhost:${port}`]) {
    const status = await rawCall(
      { Host: name, Authorization: `Bearer ${host.token}` },
      JSON.stringify({ shopName: 'Взлом' }),
    )
    expect(status, name).toBe(403)
  }
  expect(await shopName()).toBe('')
})

test('a body over the limit is refused with 413 and changes nothing', async () => {
  const huge = JSON.stringify({ shopName: 'Взлом', padding: 'x'.repeat(9 * 1024 * 1024) })
  expect(await rawCall({ Authorization: `Bearer ${host.token}` }, huge)).toBe(413)
  expect(await shopName()).toBe('')
})
