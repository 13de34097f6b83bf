import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { EventMessage } from '../../shared/api'
import { useTempDir } from '../core/test-support/temp-dir'
import { createTestCore } from '../core/test-support/test-core'
import { startHost, type RunningHost } from './http-server'

describe('the browser host', () => {
  const tempDir = useTempDir()
  const cleanups: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  async function start(): Promise<RunningHost> {
    const dir = tempDir()
    const rendererDir = join(dir, 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Rupor</title>')
    writeFileSync(join(dir, 'outside.txt'), 'secret')
    const { core } = createTestCore(join(dir, 'data'))
    const host = await startHost({ core, rendererDir })
    cleanups.push(
      () => core.close(),
      () => host.close(),
    )
    return host
  }

  const post = (
    host: RunningHost,
    name: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${host.origin}/api/${name}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${host.token}`,
        'Content-Type': 'application/json',
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  it('listens on the loopback address only and puts the token in the page fragment', async () => {
    const host = await start()
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const page = new URL(host.pageUrl('ru'))
    expect(new URLSearchParams(page.hash.slice(1)).get('token')).toBe(host.token)
    expect(new URLSearchParams(page.hash.slice(1)).get('lang')).toBe('ru')
  })

  it('answers a call with the contract envelope', async () => {
    const host = await start()
    const response = await post(host, 'settings.update', { shopName: 'Шины на Ленина' })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      ok: true,
      value: {
        language: null,
        defaultCountry: 'RU',
        shopName: 'Шины на Ленина',
        broadcastWithoutConsent: false,
      },
    })
  })

  it('refuses a request without the token or with a wrong one', async () => {
    const host = await start()
    for (const headers of [{ Authorization: '' }, { Authorization: `Bearer ${host.token}x` }]) {
      const response = await post(host, 'settings.get', {}, headers)
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
  })

  it('refuses a request from a foreign Origin even with the token', async () => {
    const host = await start()
    const response = await post(host, 'settings.get', {}, { Origin: 'https://evil.example' })
    expect(response.status).toBe(403)
  })

  it('refuses a Host other than the address it bound (DNS rebinding)', async () => {
    const host = await start()
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${host.origin}/api/settings.get`,
        {
          method: 'POST',
          headers: {
            Host: `rebind.example:${new URL(host.origin).port}`,
            Authorization: `Bearer ${host.token}`,
          },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end('{}')
    })
    expect(status).toBe(403)
  })

  it('explains a malformed body, an invalid input and an unknown call', async () => {
    const host = await start()
    const broken = await post(host, 'settings.update', '{"shopName": ')
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid_input', message: /JSON/ } })

    const invalid = await post(host, 'settings.update', { language: 'fr' })
    expect(await invalid.json()).toMatchObject({ error: { issues: [{ path: 'language' }] } })

    const unknown = await post(host, 'contacts.dropAll', {})
    expect(unknown.status).toBe(404)
  })

  it('serves the renderer but nothing outside its folder', async () => {
    const host = await start()
    const page = await fetch(`${host.origin}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    for (const path of ['/../outside.txt', '/%2e%2e/outside.txt', '/..%2foutside.txt']) {
      expect((await fetch(`${host.origin}${path}`)).status).toBe(404)
    }
  })

  it('pushes core events to the page as a stream', async () => {
    const host = await start()
    const controller = new AbortController()
    const stream = await fetch(`${host.origin}/api/events`, {
      headers: { Authorization: `Bearer ${host.token}` },
      signal: controller.signal,
    })
    expect(stream.headers.get('content-type')).toContain('text/event-stream')
    if (!stream.body) throw new Error('no stream body')
    const reader = stream.body.pipeThrough(new TextDecoderStream()).getReader()
    await reader.read() // the ": connected" comment
    await post(host, 'settings.update', { defaultCountry: 'BY' })
    let text = ''
    while (!text.includes('\n\n') || !text.includes('data:'))
      text += (await reader.read()).value ?? ''
    const message = JSON.parse(/data: (.*)\n\n/.exec(text)?.[1] ?? 'null') as EventMessage
    expect(message).toMatchObject({ name: 'settings.changed', payload: { defaultCountry: 'BY' } })
    controller.abort()
  })
})
