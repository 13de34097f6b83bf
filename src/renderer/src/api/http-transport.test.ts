import { describe, expect, it, vi } from 'vitest'
import type { EventMessage } from '../../../shared/api'
import { defaultSettings } from '../../../shared/settings'
import { createHttpTransport } from './http-transport'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('createHttpTransport', () => {
  it('posts the input with the token and returns the envelope as is', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(json({ ok: true, value: defaultSettings })),
    )
    const transport = createHttpTransport({ token: 't0k', fetch })
    await expect(transport.call('settings.update', { shopName: 'Роза' })).resolves.toEqual({
      ok: true,
      value: defaultSettings,
    })
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('/api/settings.update')
    expect(init?.method).toBe('POST')
    expect(init?.body).toBe('{"shopName":"Роза"}')
    expect(init?.headers).toMatchObject({
      Authorization: 'Bearer t0k',
      'Content-Type': 'application/json',
    })
  })

  it('keeps the envelope of a 4xx answer', async () => {
    const error = { code: 'invalid_input', message: 'Bad.', issues: [{ path: 'x', message: 'y' }] }
    const fetch = () => Promise.resolve(json({ ok: false, error }, 400))
    const transport = createHttpTransport({ token: 't', fetch })
    await expect(transport.call('settings.get', {})).resolves.toEqual({ ok: false, error })
  })

  it('reports a refusal without an envelope as forbidden, and anything else as a failure', async () => {
    const refused = createHttpTransport({
      token: 't',
      fetch: () => Promise.resolve(new Response('no', { status: 403 })),
    })
    await expect(refused.call('app.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    const broken = createHttpTransport({
      token: 't',
      fetch: () => Promise.resolve(new Response('<html>', { status: 502 })),
    })
    await expect(broken.call('app.info', {})).rejects.toThrow('502')
  })

  it('does not ask the host at all without a token', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>()
    const transport = createHttpTransport({ token: undefined, fetch })
    await expect(transport.call('app.info', {})).resolves.toMatchObject({
      error: { code: 'forbidden' },
    })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('streams events and reconnects after the stream drops', async () => {
    const message: EventMessage = { name: 'settings.changed', payload: defaultSettings }
    const frame = `data: ${JSON.stringify(message)}\n\n`
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(new Response(`: hello\n\n${frame}data: {"name":"nope"}\n\n`)),
    )
    const transport = createHttpTransport({ token: 't', fetch, retryDelays: [1] })
    const seen: EventMessage[] = []
    const stop = transport.onEvent((event) => seen.push(event))
    await vi.waitFor(() => {
      expect(seen.length).toBeGreaterThanOrEqual(2)
    })
    stop()
    expect(seen[0]).toEqual(message)
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/events')
    expect(fetch.mock.calls[0]?.[1]?.headers).toEqual({ Authorization: 'Bearer t' })
  })
})
