import { afterEach, describe, expect, it } from 'vitest'
import type { WebhookImportOutcome } from '../../../shared/cloud-api'
import type { ContactPage } from '../../../shared/contacts'
import type { Reply } from '../../../shared/replies'
import type { CloudApiTestServer } from '../test-support/cloud-api-server'
import { setUpSentCampaign } from '../test-support/sent-campaign'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

const minute = 60_000

describe('replies: kept, read, and reviewed by the owner', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  /** A campaign sent to all four; then they write back. */
  async function afterCampaign() {
    const test = await setUpSentCampaign(tempDir(), servers)
    const { core, server, sender } = test
    const importEvents = () =>
      callCore<WebhookImportOutcome>(core, 'cloud.importEvents', {
        senderId: sender.id,
        base64: Buffer.from(
          server
            .webhookEvents()
            .map((e) => JSON.stringify(e))
            .join('\n'),
        ).toString('base64'),
      })
    const contactId = async (name: string) => {
      const row = (await callCore<ContactPage>(core, 'contacts.query', { search: name })).rows[0]
      if (!row) throw new Error(`${name} missing`)
      return row.id
    }
    return { ...test, importEvents, contactId }
  }

  it('certain stops are opted out, likely ones wait for review, the rest are only kept', async () => {
    const { core, server, campaign, wamidTo, importEvents, optOuts, run } = await afterCampaign()
    server.inboundText('79161111111', 'Стоп 🙏', wamidTo('79161111111'))
    await run(minute)
    server.inboundText('79162222222', 'Please stop sending me messages')
    server.inboundText('79163333333', 'не стоп')
    server.inboundText('79164444444', 'Стоп, а сколько стоит доставка?')
    const outcome = await importEvents()
    expect(outcome).toMatchObject({ replies: 4, toReview: 1, optedOut: 2 })

    expect(await optOuts()).toEqual({
      '+79161111111': { source: 'reply_keyword', note: '“Стоп 🙏”' },
      '+79162222222': { source: 'reply_keyword', note: '“Please stop sending me messages”' },
    })
    const queue = await callCore<{ total: number; rows: Reply[] }>(core, 'replies.toReview', {})
    expect(queue.total).toBe(1)
    expect(queue.rows).toMatchObject([
      {
        e164: '+79164444444',
        text: 'Стоп, а сколько стоит доставка?',
        reading: 'maybe_stop',
        review: null,
        contactName: 'Галина Орлова',
        campaignId: campaign.id,
        campaignName: 'Весна',
        senderLabel: 'Магазин',
      },
    ])
    const ofCampaign = await callCore<Reply[]>(core, 'replies.ofCampaign', {
      campaignId: campaign.id,
    })
    expect(Object.fromEntries(ofCampaign.map((r) => [r.text, r.reading]))).toEqual({
      'Стоп 🙏': 'stop',
      'Please stop sending me messages': 'stop',
      'не стоп': 'other',
      'Стоп, а сколько стоит доставка?': 'maybe_stop',
    })
  })

  it('importing the same file again keeps each reply once and changes nothing', async () => {
    const { core, server, importEvents, optOuts } = await afterCampaign()
    server.inboundText('79161111111', 'СТОП!!!')
    server.inboundText('79164444444', 'не интересно')
    await importEvents()
    const before = await optOuts()
    const again = await importEvents()
    expect(again).toMatchObject({ replies: 0, toReview: 0, optedOut: 0 })
    expect(await optOuts()).toEqual(before)
    const queue = await callCore<{ total: number }>(core, 'replies.toReview', {})
    expect(queue.total).toBe(1)
  })

  it('«This is an opt-out» puts the number on the list with the reply as the note; twice is once', async () => {
    const { core, server, importEvents, optOuts, contactId } = await afterCampaign()
    server.inboundText('79164444444', 'Стоп, а сколько стоит доставка?')
    await importEvents()
    const [waiting] = (await callCore<{ rows: Reply[] }>(core, 'replies.toReview', {})).rows
    if (!waiting) throw new Error('nothing to review')
    const decided = await callCore<Reply>(core, 'replies.decide', {
      id: waiting.id,
      decision: 'opt_out',
    })
    expect(decided).toMatchObject({ review: 'opt_out' })
    expect(await optOuts()).toEqual({
      '+79164444444': { source: 'reply_keyword', note: '“Стоп, а сколько стоит доставка?”' },
    })
    await callCore(core, 'replies.decide', { id: waiting.id, decision: 'opt_out' })
    expect(Object.keys(await optOuts())).toHaveLength(1)
    expect((await callCore<{ total: number }>(core, 'replies.toReview', {})).total).toBe(0)
    // Shown on the person's card with its reading and the decision.
    const card = await callCore<Reply[]>(core, 'replies.ofContact', {
      contactId: await contactId('Галина'),
    })
    expect(card).toMatchObject([{ reading: 'maybe_stop', review: 'opt_out' }])
    // An opt-out is not undone from a reply: the opt-out list is where a number comes off.
    await expect(
      callCore(core, 'replies.decide', { id: waiting.id, decision: 'not_opt_out' }),
    ).rejects.toMatchObject({ error: { code: 'wrong_state' } })
  })

  it('«Not an opt-out» leaves the number free to message and empties the queue', async () => {
    const { core, server, importEvents, optOuts } = await afterCampaign()
    server.inboundText('79164444444', 'not interested in the red one, what about blue?')
    await importEvents()
    const [waiting] = (await callCore<{ rows: Reply[] }>(core, 'replies.toReview', {})).rows
    if (!waiting) throw new Error('nothing to review')
    await callCore(core, 'replies.decide', { id: waiting.id, decision: 'not_opt_out' })
    expect(await optOuts()).toEqual({})
    expect((await callCore<{ total: number }>(core, 'replies.toReview', {})).total).toBe(0)
  })

  it('an unknown reply is refused with a clear error', async () => {
    const { core } = await afterCampaign()
    await expect(
      callCore(core, 'replies.decide', { id: 999, decision: 'opt_out' }),
    ).rejects.toMatchObject({ error: { code: 'not_found' } })
  })

  it('a reply belongs to the campaign it quotes, else to the last one sent to that number', async () => {
    const { core, server, sender, campaign, wamidTo, importEvents, campaignWith, run } =
      await afterCampaign()
    // A second campaign to the same people, a day later.
    await run(24 * 60 * minute, 10 * minute)
    const second = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: second.id })
    await run(30 * minute)
    server.inboundText('79161111111', 'Это про первую акцию?', wamidTo('79161111111'))
    server.inboundText('79162222222', 'Спасибо!')
    server.inboundText('79990001122', 'Кто это?') // never messaged by Rupor
    await importEvents()
    const texts = async (campaignId: number) =>
      (await callCore<Reply[]>(core, 'replies.ofCampaign', { campaignId })).map((r) => r.text)
    expect(await texts(campaign.id)).toEqual(['Это про первую акцию?'])
    expect(await texts(second.id)).toEqual(['Спасибо!'])
    expect(sender.id).toBeGreaterThan(0)
  })
})
