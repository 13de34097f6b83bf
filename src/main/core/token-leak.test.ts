// The Cloud API token never comes out: a sender is connected with a distinctive token, a campaign
// runs through it while Meta errs (some errors quoting the token back, as Graph does for a token
// it cannot parse), and then every output is searched for it — every answer and event the page
// gets, every export, the host's console and stdout/stderr (a forced internal error included),
// the log file (logs/rupor.log, installed as both shells install it), and every file of the data
// folder but the secret store itself (secrets.json, and a damaged one it set aside). Electron's
// crashReporter is not started anywhere, so those are the outputs there are.
import fc from 'fast-check'
import { unzipSync } from 'fflate'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { formatWithOptions } from 'node:util'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { callNames, calls, type CallName } from '../../shared/api'
import type { Campaign } from '../../shared/campaigns'
import type { CampaignTemplate, CloudTemplate } from '../../shared/cloud-api'
import type { ContactPage } from '../../shared/contacts'
import type { ListDetail } from '../../shared/lists'
import type { Result } from '../../shared/result'
import type { Sender } from '../../shared/senders'
import { startHost, type RunningHost } from '../host/http-server'
import { installLog, logFileOf } from './logging/install-log'
import { seededRandom } from './scheduler/pacing'
import { cloudBook, tuesdayMorning } from './test-support/cloud-core'
import { startCloudApiTestServer } from './test-support/cloud-api-server'
import { importFile } from './test-support/import-file'
import { filesUnder } from './test-support/payload-fuzz/data-digest'
import { inputJsonSchema } from './test-support/payload-fuzz/json-schema'
import { plausible } from './test-support/payload-fuzz/plausible'
import { useTempDir } from './test-support/temp-dir'
import { createTestCore } from './test-support/test-core'
import { startTokenEchoProxy } from './test-support/token-echo-proxy'
import { FakeClock } from './time/fake-clock'
import { inProcessDoor } from './boundary/core-door'

const token = `EAAGLeakCanary${randomBytes(20).toString('hex')}`
/** The token as it would appear written out plainly or in an encoding a reader undoes at once. */
const spellings = [
  token,
  Buffer.from(token).toString('base64'),
  Buffer.from(token).toString('base64url'),
  Buffer.from(token).toString('hex'),
]

/** The calls that hand the owner a file; each must be among the downloads searched. */
const knownExports: CallName[] = [
  'contacts.exportCsv',
  'optOuts.exportCsv',
  'lists.export',
  'campaigns.itemsCsv',
]
/** Calls that take things away, made last in the sweep so the others still find them. */
const destructive = /delete|cancel|restore|resubscribe|remove|Block/

describe('the Cloud API token', () => {
  const tempDir = useTempDir()
  const cleanups: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    vi.restoreAllMocks()
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  /** Where each spelling of the token was found, as "place: spelling"; empty when none. */
  const leaks: string[] = []
  const search = (place: string, content: string | Buffer): void => {
    for (const spelling of spellings) {
      if (content.includes(spelling)) leaks.push(`${place}: ${spelling}`)
    }
  }

  /** The console and the process's own streams, as the host's log would show them. */
  function captureLogs(): string[] {
    const logged: string[] = []
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(formatWithOptions({ depth: 10 }, ...args))
      })
    }
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        logged.push(Buffer.from(chunk).toString('utf8'))
        return true
      })
    }
    return logged
  }

  /** Every event the page would get, as the raw text of the host's event stream. */
  async function listenToEvents(host: RunningHost): Promise<() => string> {
    const controller = new AbortController()
    const stream = await fetch(`${host.origin}/api/events`, {
      headers: { Authorization: `Bearer ${host.token}` },
      signal: controller.signal,
    })
    let text = ''
    const reading = (async () => {
      if (!stream.body) return
      try {
        for await (const chunk of stream.body.pipeThrough(new TextDecoderStream())) text += chunk
      } catch {
        // Aborted at the end of the test.
      }
    })()
    cleanups.push(async () => {
      controller.abort()
      await reading
    })
    return () => text
  }

  it('never reaches an answer, an event, an export, a log or a file of the data folder', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const logged = captureLogs()
    const log = installLog(dataDir)
    cleanups.push(() => {
      log.uninstall()
    })
    const clock = new FakeClock(tuesdayMorning)
    const server = await startCloudApiTestServer({ token, now: () => clock.now() })
    const proxy = await startTokenEchoProxy(server.url)
    const { core } = createTestCore(dataDir, clock, seededRandom(7), null, undefined, [proxy.url])
    const rendererDir = join(dir, 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Rupor</title>')
    const host = await startHost({ core: inProcessDoor(core), rendererDir })
    cleanups.push(
      () => server.close(),
      () => proxy.close(),
      () => core.close(),
      () => host.close(),
    )
    const events = await listenToEvents(host)

    const answered = new Map<string, unknown[]>()
    /** A call as the page makes it; its raw answer is searched, downloads opened and searched. */
    async function call<T>(name: string, input: unknown): Promise<Result<T>> {
      const response = await fetch(`${host.origin}/api/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      })
      const text = await response.text()
      search(`answer of ${name}`, text)
      const result = JSON.parse(text) as Result<T>
      if (result.ok) {
        answered.set(name, [...(answered.get(name) ?? []), result.value])
        searchDownload(name, result.value)
      }
      return result
    }
    const downloads = new Set<string>()
    function searchDownload(name: string, value: unknown): void {
      if (typeof value !== 'object' || value === null || !('fileName' in value)) return
      downloads.add(name)
      if ('content' in value && typeof value.content === 'string') search(name, value.content)
      if ('base64' in value && typeof value.base64 === 'string') {
        const bytes = Buffer.from(value.base64, 'base64')
        search(name, bytes)
        // A zip's entries are compressed: each is searched unpacked.
        if (String(value.fileName).endsWith('.zip')) {
          for (const [entry, content] of Object.entries(unzipSync(bytes)))
            search(`${name} → ${entry}`, Buffer.from(content))
        }
      }
    }
    async function must<T>(name: string, input: unknown): Promise<T> {
      const result = await call<T>(name, input)
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`)
      return result.value
    }

    // The shop: four customers, a list, a Cloud API number connected with the token.
    writeFileSync(join(dir, 'book.csv'), cloudBook)
    await importFile(core, join(dir, 'book.csv'))
    const ids = (await must<ContactPage>('contacts.query', {})).rows.map((row) => row.id)
    const list = await must<ListDetail>('lists.create', { name: 'Все', contactIds: ids })
    const saved = await must<Sender>('senders.save', {
      label: 'Магазин',
      channel: 'cloud_api',
      phone: '+7 999 000-00-00',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
    })
    const sender = await must<Sender>('cloud.connect', {
      senderId: saved.id,
      phoneNumberId: server.phoneNumberId,
      wabaId: server.wabaId,
      baseUrl: proxy.url,
      token,
    })
    await must('cloud.check', { senderId: sender.id })

    // Meta errs: Anna has no WhatsApp, Boris's message fails later, and the send to Vera is
    // answered with an error that quotes the token back.
    server.setFate('+79161111111', { sync: 131026 })
    server.setFate('+79162222222', { async: { failed: 131049 } })
    proxy.echoForRecipient = '79163333333'
    const templates = await must<CloudTemplate[]>('cloud.templates', { senderId: sender.id })
    const chosen = templates.find((template) => template.name === 'spring_sale')
    if (!chosen) throw new Error('no spring_sale template')
    const template: CampaignTemplate = {
      ...chosen,
      params: Object.fromEntries(
        chosen.placeholders.map((p) => [
          `${p.component}:${p.key}`,
          { kind: 'field', field: 'first_name', fallback: 'друг' } as const,
        ]),
      ),
    }
    const campaign = await must<Campaign>('campaigns.save', {
      name: 'Весна',
      senderId: sender.id,
      listIds: [list.id],
      text: '',
      template,
    })
    await must('campaigns.start', { id: campaign.id })
    for (let minute = 0; minute < 240; minute++) {
      for (let step = 0; step < 12; step++) {
        clock.advance(5_000)
        await core.cloud.idle()
      }
      const { state } = await must<Campaign>('campaigns.get', { id: campaign.id })
      if (state !== 'running' && state !== 'scheduled') break
    }
    expect(server.sent.length).toBeGreaterThanOrEqual(2)
    expect(proxy.echoed).toBe(1)
    const webhookLines = server.webhookEvents().map((envelope) => JSON.stringify(envelope))
    await must('cloud.importEvents', {
      senderId: sender.id,
      base64: Buffer.from(webhookLines.join('\n')).toString('base64'),
    })
    await call('cloud.refreshStatuses', { senderId: sender.id })

    // Then Graph refuses the token outright, quoting it, on every request.
    proxy.mode = 'echo'
    for (const name of ['cloud.check', 'cloud.templates', 'cloud.refreshStatuses'])
      expect((await call(name, { senderId: sender.id })).ok).toBe(false)

    // The secret store is damaged (cut short): set aside, and the token asked for again.
    const secretFile = join(dataDir, 'secrets.json')
    const secrets = readFileSync(secretFile)
    writeFileSync(secretFile, `{"cloud-api-token:${String(sender.id)}": ${secrets.toString()}`)
    expect(await call('cloud.check', { senderId: sender.id })).toMatchObject({
      ok: false,
      error: { code: 'needs_token' },
    })
    // A forced internal error on the way to the token: its file cannot be read at all.
    mkdirSync(secretFile)
    expect(await call('cloud.check', { senderId: sender.id })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    })
    rmSync(secretFile, { recursive: true })
    writeFileSync(secretFile, secrets)
    proxy.mode = 'forward'

    // Every call of the contract, with payloads it accepts pointing at the rows there are.
    await must('contacts.exportCsv', { query: {}, language: 'ru' })
    await must('lists.export', { id: list.id, format: 'csv', language: 'ru' })
    await must('lists.export', { id: list.id, format: 'vcf', language: 'en' })
    await must('campaigns.itemsCsv', { id: campaign.id, language: 'ru' })
    const sweep = [...callNames].sort(
      (a, b) => Number(destructive.test(a)) - Number(destructive.test(b)),
    )
    for (const name of sweep) {
      const schema = calls[name].input
      const payloads = fc
        .sample(plausible(inputJsonSchema(schema), inputJsonSchema(schema)), 40)
        .filter((payload) => schema.safeParse(payload).success)
        .slice(0, 4)
      for (const payload of payloads) await call(name, payload)
    }
    expect([...downloads]).toEqual(expect.arrayContaining(knownExports))

    await host.close()
    core.close()
    log.uninstall()
    search('the event stream', events())
    for (const line of logged) search('the log', line)
    const files = filesUnder(dataDir)
    const secretStore = (file: string): boolean =>
      file === secretFile || basename(file).startsWith('secrets.damaged-')
    for (const file of files) {
      if (!secretStore(file)) search(relative(dataDir, file), readFileSync(file))
    }

    // The searches can find it: the token was sent to Meta, and the secret store holds it.
    expect(server.requests.some((r) => r.headers.authorization === `Bearer ${token}`)).toBe(true)
    expect(secrets.includes(spellings[1] ?? '')).toBe(true)
    expect(logged.join('\n')).toMatch(/EISDIR/)
    // The log file was written, and searched: the internal error is in it, by name and code.
    expect(files).toContain(logFileOf(dataDir))
    expect(readFileSync(logFileOf(dataDir), 'utf8')).toContain('cloud.check failed: Error [EISDIR]')
    expect(files.filter((file) => basename(file).startsWith('secrets.damaged-'))).toHaveLength(1)
    expect(existsSync(secretFile)).toBe(true)
    expect(leaks).toEqual([])
  }, 120_000)
})
