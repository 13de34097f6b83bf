// Templates with a header file and buttons, end to end through the core and the local Cloud API
// test server: the file is judged and kept, uploaded once before the sends, its id reused and
// uploaded again when Meta no longer knows it or it nears Meta's 30 days; a template Rupor cannot
// fill is refused before the start, with nothing sent.
import { afterEach, describe, expect, it } from 'vitest'
import type { Campaign, CampaignDetail } from '../../../shared/campaigns'
import type { CampaignTemplate, CloudTemplate, TemplateParam } from '../../../shared/cloud-api'
import type { MediaFile } from '../../../shared/template-parts'
import {
  defaultTemplates,
  mediaTemplates,
  type CloudApiTestServer,
} from '../test-support/cloud-api-server'
import { setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

const minute = 60_000
const day = 24 * 60 * minute

/** The first bytes of a JPEG (JFIF), then filler: enough for the type to be read. */
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  Buffer.alloc(3000, 7),
])

type Setup = Awaited<ReturnType<typeof setUpCloudCore>>

const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return (error as { error: { code: string; details?: Record<string, unknown> } }).error
  }
  throw new Error('expected the call to be refused')
}

describe('templates with a header file and buttons', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  async function setup() {
    const setUp = await setUpCloudCore(tempDir(), servers)
    setUp.server.setTemplates([...defaultTemplates(), ...mediaTemplates()])
    return setUp
  }

  /** Hands the file over in pieces, as the composer does. */
  async function handOver(
    { core, sender }: Setup,
    bytes: Buffer,
    mime = 'image/jpeg',
  ): Promise<MediaFile> {
    const { uploadId } = await callCore<{ uploadId: string }>(core, 'cloud.mediaCreate', {
      senderId: sender.id,
      kind: 'image',
      fileName: 'весна.jpg',
      mime,
      size: bytes.length,
    })
    for (let offset = 0; offset < bytes.length; offset += 1024) {
      const data = bytes.subarray(offset, offset + 1024).toString('base64')
      await callCore(core, 'cloud.mediaAppend', { uploadId, offset, data })
    }
    return callCore<MediaFile>(core, 'cloud.mediaFinish', { uploadId })
  }

  async function campaignOf(
    { core, sender, list }: Setup,
    name: string,
    params: Record<string, TemplateParam>,
    headerMedia: MediaFile | null = null,
  ): Promise<Campaign> {
    const templates = await callCore<CloudTemplate[]>(core, 'cloud.templates', {
      senderId: sender.id,
    })
    const chosen = templates.find((t) => t.name === name)
    if (!chosen) throw new Error(`no template ${name}`)
    const template: CampaignTemplate = { ...chosen, params, headerMedia }
    return callCore<Campaign>(core, 'campaigns.save', {
      name: 'Весна',
      senderId: sender.id,
      listIds: [list.id],
      text: '',
      template,
    })
  }

  const firstName = { kind: 'field', field: 'first_name', fallback: 'друг' } as const

  it('reads a template’s header kind and buttons from Meta’s answer', async () => {
    const { core, sender } = await setup()
    const templates = await callCore<CloudTemplate[]>(core, 'cloud.templates', {
      senderId: sender.id,
    })
    const lookbook = templates.find((t) => t.name === 'spring_lookbook')
    expect(lookbook?.headerFormat).toBe('image')
    expect(lookbook?.buttonDetails?.map((b) => [b.kind, b.text, b.hasVariable])).toEqual([
      ['url', 'Смотреть', true],
      ['quick_reply', 'Stop promotions', false],
    ])
    expect(lookbook?.placeholders).toContainEqual({ component: 'button', key: '0' })
    expect(templates.find((t) => t.name === 'store_location')?.headerFormat).toBe('location')
    expect(templates.find((t) => t.name === 'spring_sale')?.headerFormat).toBe('text')
  })

  it('refuses a file of the wrong type or size before any byte, and one that is not what it says', async () => {
    const setUp = await setup()
    const refused = async (bytes: Buffer, mime: string, size = bytes.length) =>
      failureOf(
        (async () => {
          if (size !== bytes.length) {
            await callCore(setUp.core, 'cloud.mediaCreate', {
              senderId: setUp.sender.id,
              kind: 'image',
              fileName: 'big.jpg',
              mime,
              size,
            })
          } else await handOver(setUp, bytes, mime)
        })(),
      )
    expect(await refused(jpeg, 'image/gif')).toMatchObject({
      code: 'media_file',
      details: { problem: 'wrong_type', kind: 'image', limitMb: 5 },
    })
    expect(await refused(jpeg, 'image/jpeg', 6 * 1024 * 1024)).toMatchObject({
      code: 'media_file',
      details: { problem: 'too_big' },
    })
    // Named a JPEG, but its bytes are a text file.
    expect(await refused(Buffer.from('not a picture at all'), 'image/jpeg')).toMatchObject({
      code: 'media_file',
      details: { problem: 'wrong_type' },
    })
    expect(setUp.server.mediaUploads()).toEqual([])
  })

  it('uploads the header file once before the start and every send names its id', async () => {
    const setUp = await setup()
    const { core, server, run } = setUp
    const file = await handOver(setUp, jpeg)
    expect(file).toMatchObject({ kind: 'image', mime: 'image/jpeg', bytes: jpeg.length })
    // Meta has nothing yet: the file goes up at the start, not when it is picked.
    expect(server.mediaUploads()).toEqual([])
    const campaign = await campaignOf(
      setUp,
      'spring_lookbook',
      { 'body:1': firstName, 'button:0': { kind: 'fixed', value: 'spring' } },
      file,
    )
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(30 * minute)
    const uploads = server.mediaUploads()
    expect(uploads).toHaveLength(1)
    expect(server.sent).toHaveLength(4)
    for (const message of server.sent) {
      const components = (message.body.template as { components: Record<string, unknown>[] })
        .components
      expect(components[0]).toEqual({
        type: 'header',
        parameters: [{ type: 'image', image: { id: uploads[0]?.id } }],
      })
      expect(components).toContainEqual({
        type: 'button',
        sub_type: 'url',
        index: '0',
        parameters: [{ type: 'text', text: 'spring' }],
      })
      expect(components).toContainEqual({
        type: 'button',
        sub_type: 'quick_reply',
        index: '1',
        parameters: [{ type: 'payload', payload: 'Stop promotions' }],
      })
    }
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.counts.sent).toBe(4)
  })

  it('uploads the file again, once, when Meta no longer knows its id', async () => {
    const setUp = await setup()
    const { core, server, run } = setUp
    const file = await handOver(setUp, jpeg)
    const campaign = await campaignOf(
      setUp,
      'spring_lookbook',
      { 'body:1': firstName, 'button:0': firstName },
      file,
    )
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(2 * minute)
    expect(server.sent.length).toBeGreaterThanOrEqual(1)
    server.expireMedia()
    await run(30 * minute)
    expect(server.mediaUploads()).toHaveLength(2)
    expect(server.sent).toHaveLength(4)
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.state).toBe('finished')
  })

  it('uploads again at a start once the id nears Meta’s 30 days, and reuses a young one', async () => {
    const setUp = await setup()
    const { core, server, run, clock } = setUp
    const file = await handOver(setUp, jpeg)
    const params = { 'body:1': firstName, 'button:0': firstName }
    const first = await campaignOf(setUp, 'spring_lookbook', params, file)
    await callCore(core, 'campaigns.start', { id: first.id })
    await run(30 * minute)
    const second = await campaignOf(setUp, 'spring_lookbook', params, file)
    await callCore(core, 'campaigns.start', { id: second.id })
    await callCore(core, 'campaigns.cancel', { id: second.id })
    expect(server.mediaUploads()).toHaveLength(1)
    clock.advance(29 * day + minute)
    const third = await campaignOf(setUp, 'spring_lookbook', params, file)
    await callCore(core, 'campaigns.start', { id: third.id })
    expect(server.mediaUploads()).toHaveLength(2)
  })

  it('refuses before the start a template it cannot fill, saying why, with nothing sent', async () => {
    const setUp = await setup()
    const { core, server } = setUp
    const noFile = await campaignOf(setUp, 'spring_lookbook', {
      'body:1': firstName,
      'button:0': { kind: 'fixed', value: 'spring' },
    })
    expect(await failureOf(callCore(core, 'campaigns.start', { id: noFile.id }))).toMatchObject({
      code: 'template_unfillable',
      details: { name: 'spring_lookbook', problem: 'media_missing', kind: 'image' },
    })
    const location = await campaignOf(setUp, 'store_location', { 'body:1': firstName })
    expect(await failureOf(callCore(core, 'campaigns.start', { id: location.id }))).toMatchObject({
      code: 'template_unfillable',
      details: { problem: 'location_header' },
    })
    const catalogue = await campaignOf(setUp, 'catalogue_week', { 'body:1': firstName })
    expect(await failureOf(callCore(core, 'campaigns.start', { id: catalogue.id }))).toMatchObject({
      code: 'template_unfillable',
      details: { problem: 'unsupported_button', button: 'View catalog', type: 'CATALOG' },
    })
    const noCode = await campaignOf(setUp, 'autumn_coupon', {
      'body:1': firstName,
      'button:0': { kind: 'fixed', value: '' } as unknown as TemplateParam,
    }).catch(() => null)
    // An empty fixed text is refused by the contract itself; a missing one by the start.
    if (noCode !== null) {
      expect(await failureOf(callCore(core, 'campaigns.start', { id: noCode.id }))).toMatchObject({
        code: 'template_unfillable',
        details: { problem: 'code_missing' },
      })
    }
    expect(server.sent).toEqual([])
    expect(server.mediaUploads()).toEqual([])
  })

  it('skips a person whose card has nothing for the copy code, and goes on: never a code of "—"', async () => {
    const setUp = await setup()
    const { core, server, run } = setUp
    // Everyone's surname is there; no one has a patronymic. A code from the patronymic cannot go.
    /** A coupon campaign whose copy code comes from `field` of each card, run for half an hour. */
    const couponFrom = async (field: 'last_name' | 'middle_name') => {
      const campaign = await campaignOf(setUp, 'autumn_coupon', {
        'body:1': firstName,
        'button:0': { kind: 'field', field, fallback: '' },
      })
      await callCore(core, 'campaigns.start', { id: campaign.id })
      await run(30 * minute)
      return campaign
    }
    await couponFrom('last_name')
    expect(server.sent).toHaveLength(4)
    const byPatronymic = await couponFrom('middle_name')
    expect(server.sent).toHaveLength(4)
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: byPatronymic.id })
    expect(detail.state).toBe('finished')
    const items = await callCore<{ rows: { state: string; reason: string | null }[] }>(
      core,
      'campaigns.items',
      { id: byPatronymic.id },
    )
    expect(items.rows.map((r) => [r.state, r.reason])).toEqual(
      Array.from({ length: 4 }, () => ['failed', 'button_value_unusable']),
    )
  })

  it('sends a copy code and cleans a note’s lines out of a parameter', async () => {
    const setUp = await setup()
    const { core, server, run } = setUp
    const campaign = await campaignOf(setUp, 'autumn_coupon', {
      'body:1': { kind: 'fixed', value: 'Анна\nи Борис' },
      'button:0': { kind: 'fixed', value: 'AUTUMN15' },
    })
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await run(30 * minute)
    expect(server.sent).toHaveLength(4)
    const components = (server.sent[0]?.body.template as { components: unknown[] }).components
    expect(components).toContainEqual({
      type: 'body',
      parameters: [{ type: 'text', text: 'Анна · и Борис' }],
    })
    expect(components).toContainEqual({
      type: 'button',
      sub_type: 'copy_code',
      index: '0',
      parameters: [{ type: 'coupon_code', coupon_code: 'AUTUMN15' }],
    })
  })
})
