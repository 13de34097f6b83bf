import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { EventMessage } from '../../shared/api'
import { useTempDir } from '../core/test-support/temp-dir'
import { createTestCore } from '../core/test-support/test-core'
import { maxBodyBytes, startHost, type RunningHost } from './http-server'
import { inProcessDoor } from '../core/boundary/core-door'

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
    const host = await startHost({ core: inProcessDoor(core), rendererDir })
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

  const shopName = async (host: RunningHost): Promise<string> => {
    const body = (await (await post(host, 'settings.get', {})).json()) as {
      value: { shopName: string }
    }
    return body.value.shopName
  }

  /** A request with any Host and a body sent at once or in chunks; the answer as text. */
  const rawRequest = (
    host: RunningHost,
    options: { headers: Record<string, string>; body: string; chunked?: boolean },
  ) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${host.origin}/api/settings.update`,
        { method: 'POST', headers: options.headers },
        (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (body += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        },
      )
      // The host may close the connection before all of a refused body is sent.
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
      })
      if (options.chunked) {
        for (let at = 0; at < options.body.length; at += 64 * 1024)
          req.write(options.body.slice(at, at + 64 * 1024))
        req.end()
      } else {
        req.setHeader('Content-Length', Buffer.byteLength(options.body))
        req.end(options.body)
      }
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
        usesWebAnalytics: false,
        notificationsShowNames: false,
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

  it('refuses a wrong token of the same length or another length, and the call does nothing', async () => {
    const host = await start()
    const flipped = `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`
    for (const token of [flipped, host.token.slice(0, -1), `${host.token}${host.token}`, '']) {
      const response = await post(
        host,
        'settings.update',
        { shopName: 'Взлом' },
        { Authorization: `Bearer ${token}` },
      )
      expect(response.status, token).toBe(403)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(await shopName(host)).toBe('')
  })

  it('refuses a Host other than 127.0.0.1:port, localhost included, and the call does nothing', async () => {
    const host = await start()
    const { port } = new URL(host.origin)
    for (const name of [`evil.example:${port}`, `localhost:${port}`, `127.0.0.1:1`, '127.0.0.1']) {
      const { status, body } = await rawRequest(host, {
        headers: {
          Host: name,
          Authorization: `Bearer ${host.token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ shopName: 'Взлом' }),
      })
      expect(status, name).toBe(403)
      expect(JSON.parse(body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(await shopName(host)).toBe('')
  })

  it('refuses a body over the limit with 413 and a translatable error, then keeps serving', async () => {
    const host = await start()
    const huge = JSON.stringify({ shopName: 'x'.repeat(maxBodyBytes) })
    // Declared by its length, and streamed in chunks with no length: both are cut off.
    for (const chunked of [false, true]) {
      const { status, body } = await rawRequest(host, {
        headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
        body: huge,
        chunked,
      })
      expect(status).toBe(413)
      expect(JSON.parse(body)).toMatchObject({
        ok: false,
        error: { code: 'too_large', details: { limitMb: 8 } },
      })
    }
    expect(await shopName(host)).toBe('')
  })

  it('refuses a body that is not declared JSON (an HTML form cannot declare it)', async () => {
    const host = await start()
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const response = await post(
        host,
        'settings.update',
        { shopName: 'Взлом' },
        { 'Content-Type': type },
      )
      expect(response.status, type).toBe(415)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    const declared = await post(
      host,
      'settings.update',
      { shopName: 'Ромашка' },
      {
        'Content-Type': 'Application/JSON; charset=utf-8',
      },
    )
    expect(declared.status).toBe(200)
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
