// Where a Cloud API token may go: Meta's address only in the desktop app, a test server's only where
// the core was started with it, and never a stored token to an address it was not entered for.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppInfo } from '../../../shared/api'
import type { Sender } from '../../../shared/senders'
import { dispatch } from '../dispatch'
import { startCloudApiTestServer, type CloudApiTestServer } from '../test-support/cloud-api-server'
import { tuesdayMorning } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'
import { allowedServers, checkedServer, originOf } from './server-address'

const meta = 'https://graph.facebook.com'

describe('the Cloud API server address', () => {
  const tempDir = useTempDir()
  const cleanups: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  async function server(token: string): Promise<CloudApiTestServer> {
    const started = await startCloudApiTestServer({ token })
    cleanups.push(() => started.close())
    return started
  }

  async function coreWith(testServers: string[], dataDir = join(tempDir(), 'data')) {
    const test = createTestCore(
      dataDir,
      new FakeClock(tuesdayMorning),
      undefined,
      null,
      undefined,
      testServers,
    )
    cleanups.push(() => test.core.close())
    const sender = await callCore<Sender>(test.core, 'senders.save', {
      label: 'Магазин',
      channel: 'cloud_api',
      phone: '+7 999 000-00-00',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
    })
    return { ...test, dataDir, sender }
  }

  const connect = (
    core: ReturnType<typeof createTestCore>['core'],
    senderId: number,
    baseUrl: string,
    token?: string,
  ) =>
    dispatch(core.handlers, 'cloud.connect', {
      senderId,
      phoneNumberId: '106540352242922',
      wabaId: '102290129340398',
      baseUrl,
      ...(token === undefined ? {} : { token }),
    })

  it('reads an address as an origin alone: no path, query, user or other scheme', () => {
    expect(originOf('https://graph.facebook.com/')).toBe(meta)
    expect(originOf('HTTPS://Graph.Facebook.com')).toBe(meta)
    for (const refused of [
      'https://graph.facebook.com/v25.0',
      'https://graph.facebook.com?x=1',
      'https://user:pw@graph.facebook.com',
      'ftp://graph.facebook.com',
      'graph.facebook.com',
    ]) {
      expect(originOf(refused)).toBeNull()
    }
    expect(allowedServers(['http://127.0.0.1:4567/', 'not a url'])).toEqual([
      meta,
      'http://127.0.0.1:4567',
    ])
    expect(() => checkedServer('https://graph.facebook.com.evil.example', [meta])).toThrow(
      /Only https:\/\/graph\.facebook\.com/,
    )
  })

  it('takes only Meta’s address in a core started without a test server', async () => {
    const test = await server('EAAG-test-server-token-0123456789')
    const { core, sender } = await coreWith([])
    const info = await callCore<AppInfo>(core, 'app.info', {})
    expect(info.cloudServers).toEqual([meta])
    for (const address of [
      test.url,
      'http://graph.facebook.com',
      'https://graph.facebook.com.evil.example',
      'https://graph.facebook.com/v25.0',
      'https://evil.example',
    ]) {
      expect(await connect(core, sender.id, address, 'EAAG-a-token-0123456789')).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          issues: [{ path: 'baseUrl', message: 'base_url_not_allowed' }],
        },
      })
    }
    // Nothing was stored, and nothing reached the other address.
    expect((await callCore<Sender[]>(core, 'senders.list', {}))[0]?.cloud).toBeNull()
    expect(test.requests).toHaveLength(0)
    expect(await connect(core, sender.id, `${meta}/`, 'EAAG-a-token-0123456789')).toMatchObject({
      ok: true,
      value: { cloud: { baseUrl: meta, hasToken: true } },
    })
  })

  it('asks for the token again when the address changes, and the old one never goes there', async () => {
    const first = await server('EAAG-first-token-0123456789')
    const second = await server('EAAG-second-token-0123456789')
    const { core, sender, dataDir } = await coreWith([first.url, second.url])
    expect((await callCore<AppInfo>(core, 'app.info', {})).cloudServers).toEqual([
      meta,
      first.url,
      second.url,
    ])
    expect((await connect(core, sender.id, first.url, first.token)).ok).toBe(true)
    expect((await dispatch(core.handlers, 'cloud.check', { senderId: sender.id })).ok).toBe(true)

    // Only the address changes: refused, and the number stays where it was.
    expect(await connect(core, sender.id, second.url)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: 'token', message: 'token_for_new_address' }],
      },
    })
    const [kept] = await callCore<Sender[]>(core, 'senders.list', {})
    expect(kept?.cloud).toMatchObject({ baseUrl: first.url, hasToken: true })
    expect(second.requests).toHaveLength(0)

    // With a new token it moves; the old token is gone from the secret store.
    expect((await connect(core, sender.id, second.url, second.token)).ok).toBe(true)
    expect((await dispatch(core.handlers, 'cloud.check', { senderId: sender.id })).ok).toBe(true)
    expect(second.requests.length).toBeGreaterThan(0)
    for (const request of second.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${second.token}`)
    }
    expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).not.toContain(first.token)
  })

  it('never sends the token to an address stored by a core allowed more', async () => {
    const test = await server('EAAG-test-server-token-0123456789')
    const dataDir = join(tempDir(), 'data')
    const before = await coreWith([test.url], dataDir)
    expect((await connect(before.core, before.sender.id, test.url, test.token)).ok).toBe(true)
    before.core.close()
    cleanups.pop()

    // The same data folder in the desktop app: the stored test address is not used.
    const after = createTestCore(dataDir, new FakeClock(tuesdayMorning))
    cleanups.push(() => after.core.close())
    expect(
      await dispatch(after.core.handlers, 'cloud.check', { senderId: before.sender.id }),
    ).toMatchObject({ ok: false, error: { code: 'needs_token' } })
    expect(test.requests).toHaveLength(0)
    // Saved again with Meta's address, it asks for the token: the old one is not carried over.
    expect(await connect(after.core, before.sender.id, meta)).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'token', message: 'token_for_new_address' }] },
    })
  })

  it('a token reaches only an address it was entered with, whatever the owner does', async () => {
    const tokens = ['EAAG-token-a-0123456789', 'EAAG-token-b-0123456789']
    const servers = [await server(tokens[0] ?? ''), await server(tokens[1] ?? '')]
    const step = fc.record({
      to: fc.constantFrom(0, 1),
      token: fc.option(fc.constantFrom(0, 1), { nil: undefined }),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const { core, sender } = await coreWith(servers.map((s) => s.url))
        for (const s of servers) s.requests.length = 0
        // Which tokens the owner entered together with each address.
        const entered = [new Set<string>(), new Set<string>()]
        for (const { to, token } of steps) {
          const typed = token === undefined ? undefined : tokens[token]
          const answer = await connect(core, sender.id, servers[to]?.url ?? '', typed)
          if (answer.ok && typed !== undefined) entered[to]?.add(typed)
          await dispatch(core.handlers, 'cloud.check', { senderId: sender.id })
        }
        servers.forEach((s, index) => {
          for (const request of s.requests) {
            const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? ''
            expect(entered[index]?.has(bearer)).toBe(true)
          }
        })
        core.close()
        cleanups.pop()
      }),
      { numRuns: 25 },
    )
  })
})
