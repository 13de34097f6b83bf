import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Sender } from '../../../shared/senders'
import { dispatch } from '../dispatch'
import type { CloudApiTestServer } from '../test-support/cloud-api-server'
import { setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

describe('a damaged secrets file', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined))
  afterEach(async () => {
    vi.restoreAllMocks()
    for (const server of servers.splice(0)) await server.close()
  })

  it('asks for the token again, saying the file was damaged, and takes a new one', async () => {
    const dir = tempDir()
    const { core, server, sender, campaignWith } = await setUpCloudCore(dir, servers)
    const campaign = await campaignWith('spring_sale')
    const dataDir = join(dir, 'data')
    // A power cut in the middle of an old, non-atomic write: the file cut short.
    writeFileSync(join(dataDir, 'secrets.json'), '{"cloud-api-token:1":"RUFBRy1')

    const [seen] = await callCore<Sender[]>(core, 'senders.list', {})
    expect(seen?.cloud).toMatchObject({ hasToken: false, tokenLost: 'damaged' })
    expect(readdirSync(dataDir).some((name) => name.startsWith('secrets.damaged-'))).toBe(true)

    // Every Cloud API call answers "enter the token", not an internal error.
    const check = await dispatch(core.handlers, 'cloud.check', { senderId: sender.id })
    expect(check).toMatchObject({ ok: false, error: { code: 'needs_token' } })
    const start = await dispatch(core.handlers, 'campaigns.start', { id: campaign.id })
    expect(start).toMatchObject({ ok: false, error: { code: 'needs_token' } })
    // Saving the number's settings without a token is refused too: there is none to keep.
    const keep = await dispatch(core.handlers, 'cloud.connect', {
      senderId: sender.id,
      phoneNumberId: server.phoneNumberId,
      wabaId: server.wabaId,
      baseUrl: server.url,
    })
    expect(keep).toMatchObject({ ok: false, error: { code: 'needs_token' } })

    const reconnected = await callCore<Sender>(core, 'cloud.connect', {
      senderId: sender.id,
      phoneNumberId: server.phoneNumberId,
      wabaId: server.wabaId,
      baseUrl: server.url,
      token: server.token,
    })
    expect(reconnected.cloud).toMatchObject({ hasToken: true, tokenLost: null })
    expect(await dispatch(core.handlers, 'cloud.check', { senderId: sender.id })).toMatchObject({
      ok: true,
    })
  })

  it('says a token is gone when the file holding it was removed', async () => {
    const dir = tempDir()
    const { core } = await setUpCloudCore(dir, servers)
    writeFileSync(join(dir, 'data', 'secrets.json'), '{}')
    const [seen] = await callCore<Sender[]>(core, 'senders.list', {})
    expect(seen?.cloud).toMatchObject({ hasToken: false, tokenLost: 'missing' })
  })
})
