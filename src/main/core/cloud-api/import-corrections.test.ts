// Importing a relay's webhook file: late failure codes, corrections the owner made, button taps,
// which campaign a reply answers, and events without a time (review 19-A, findings 3, 4, 8, 9, 10,
// 12). Every line is in the shape of Meta's webhook components reference (statuses[] with
// errors[], messages[] with text/button/interactive, user_preferences[]):
// https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CampaignItemsPage } from '../../../shared/campaigns'
import type { WebhookImportOutcome } from '../../../shared/cloud-api'
import type { ContactPage } from '../../../shared/contacts'
import type { Reply } from '../../../shared/replies'
import { messagesEnvelope } from '../test-support/meta-messages-envelope'
import { setUpSentCampaign } from '../test-support/sent-campaign'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createDeliveryUpdates } from './delivery-updates'
import { actionFor } from './error-actions'
import { heldUntil, marketingHoldMs } from './marketing-holds'
import { readWebhookLine, type WebhookNews } from './webhook-events'
import { useCloudTestResources } from '../test-support/cloud-test-resources'

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour
const seconds = (ms: number) => String(Math.floor(ms / 1000))

/** A failed status (statuses[].errors[]: code, title, message, error_data.details). */
const failed = (wamid: string, recipient: string, errors: object[], timestamp?: string) =>
  messagesEnvelope({
    statuses: [
      {
        id: wamid,
        status: 'failed',
        ...(timestamp === undefined ? {} : { timestamp }),
        recipient_id: recipient,
        errors,
      },
    ],
  })
const textFrom = (from: string, id: string, body: string, timestamp: string) =>
  messagesEnvelope({
    contacts: [{ profile: { name: 'Kerry Fisher' }, wa_id: from }],
    messages: [{ from, id, timestamp, type: 'text', text: { body } }],
  })
const preference = (waId: string, value: 'stop' | 'resume', timestamp: number) =>
  messagesEnvelope({
    contacts: [{ profile: { name: 'Kerry Fisher' }, wa_id: waId }],
    user_preferences: [
      {
        wa_id: waId,
        detail: `User requested to ${value} marketing messages`,
        category: 'marketing_messages',
        value,
        timestamp,
      },
    ],
  })
/** The opt-out list's note for a 131050 failure: Meta's code and its words. */
const metaNote =
  'Meta: 131050 Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business — Unable to deliver the message.'
const stoppedMarketing = {
  code: 131050,
  title:
    'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business',
  message:
    'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business',
  error_data: { details: 'Unable to deliver the message.' },
  href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
}

describe('importing webhook events', () => {
  const tempDir = useTempDir()
  const { servers, closers } = useCloudTestResources()

  /** A campaign sent to all four (all accepted), and the helpers to import lines after it. */
  async function afterCampaign() {
    const dir = tempDir()
    const test = await setUpSentCampaign(dir, servers)
    const { core, sender, campaign } = test
    const importLines = (lines: readonly object[]) =>
      callCore<WebhookImportOutcome>(core, 'cloud.importEvents', {
        senderId: sender.id,
        base64: Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n')).toString('base64'),
      })
    const items = async () =>
      Object.fromEntries(
        (await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })).rows.map(
          (r) => [r.e164, { state: r.state, reason: r.reason }],
        ),
      )
    const db = new Database(join(dir, 'data', 'rupor.db'))
    closers.push(() => db.close())
    return { ...test, importLines, items, db }
  }

  it('a failure first known without a code takes its code later, once: opt-out, reason, 24 h hold', async () => {
    const { clock, wamidTo, importLines, optOuts, items, db } = await afterCampaign()
    const vera = wamidTo('79163333333')
    const boris = wamidTo('79162222222')
    const at = seconds(clock.now())
    // As message history gives it: failed, no code.
    const noCode = [failed(vera, '79163333333', [], at), failed(boris, '79162222222', [], at)]
    expect(await importLines(noCode)).toMatchObject({ failed: 2, optedOut: 0 })
    expect(await optOuts()).toEqual({})

    // The relay's line with the code; the first error has none (only errors[] with a code count),
    // and Boris's line has no timestamp at all: his hold starts at the import, not in 1970.
    clock.advance(hour)
    const withCodes = [
      failed(vera, '79163333333', [{ title: 'Message failed to send' }, stoppedMarketing], at),
      failed(boris, '79162222222', [
        {
          code: 131049,
          title: 'This message was not delivered to maintain healthy ecosystem engagement.',
        },
      ]),
    ]
    expect(await importLines([...noCode, ...withCodes])).toMatchObject({ optedOut: 1 })
    expect(await optOuts()).toEqual({
      '+79163333333': {
        source: 'marketing_stopped',
        note: metaNote.replace('131050 ', '131050 Message failed to send; '),
      },
    })
    expect(await items()).toMatchObject({
      '+79163333333': { state: 'failed', reason: 'marketing_stopped' },
      '+79162222222': { state: 'failed', reason: actionFor(131049).reason },
    })
    expect(heldUntil(db, '+79162222222', clock.now())).toBe(clock.now() + marketingHoldMs)
    const codes = db
      .prepare<[], { e164: string; error_code: number | null }>(
        "SELECT e164, error_code FROM send_ledger WHERE delivery = 'failed' ORDER BY e164",
      )
      .all()
    expect(codes).toEqual([
      { e164: '+79162222222', error_code: 131049 },
      { e164: '+79163333333', error_code: 131050 },
    ])

    // The same news again changes nothing.
    expect(await importLines([...noCode, ...withCodes])).toMatchObject({
      statuses: 0,
      failed: 0,
      optedOut: 0,
    })
  })

  it('a late code brings the failure’s own effects: pacing drop, pause, block — each once', async () => {
    const { wamidTo, db } = await afterCampaign()
    const deliveries = createDeliveryUpdates(db)
    const late = (digits: string, code: number) => {
      const wamid = wamidTo(digits)
      deliveries.apply({ wamid, state: 'failed', at: 1_000, errorCode: null })
      return [
        deliveries.apply({ wamid, state: 'failed', at: 2_000, errorCode: code }),
        deliveries.apply({ wamid, state: 'failed', at: 3_000, errorCode: code }),
      ]
    }
    expect(late('79161111111', 135000)).toEqual([
      expect.objectContaining({ kind: 'pacing_drop', pacing: 'portfolio', code: 135000 }),
      { kind: 'unchanged' },
    ])
    expect(late('79162222222', 131053)).toEqual([
      expect.objectContaining({
        kind: 'failed',
        optOut: false,
        pause: { reason: 'media_error', code: 131053, message: '', until: null, at: 2_000 },
        block: null,
      }),
      { kind: 'unchanged' },
    ])
    expect(late('79163333333', 131048)).toEqual([
      expect.objectContaining({
        kind: 'failed',
        block: { reason: 'spam_limit', code: 131048, message: '', at: 2_000, until: null },
      }),
      { kind: 'unchanged' },
    ])
    // A failure that had its code keeps it: a second code is not news.
    expect(
      deliveries.apply({
        wamid: wamidTo('79163333333'),
        state: 'failed',
        at: 4_000,
        errorCode: 131050,
      }),
    ).toEqual({ kind: 'unchanged' })
  })

  it('re-importing the file does not undo the owner’s corrections', async () => {
    const { core, clock, wamidTo, importLines, optOuts } = await afterCampaign()
    const at = clock.now()
    const lines: object[] = [
      textFrom('79161111111', 'wamid.ANNA1', 'СТОП', seconds(at)),
      preference('79162222222', 'stop', Math.floor(at / 1000)),
      failed(wamidTo('79164444444'), '79164444444', [stoppedMarketing], seconds(at)),
    ]
    expect(await importLines(lines)).toMatchObject({ optedOut: 3 })
    expect(await optOuts()).toEqual({
      '+79161111111': { source: 'reply_keyword', note: '“СТОП”' },
      '+79162222222': {
        source: 'marketing_stopped',
        note: 'User requested to stop marketing messages',
      },
      '+79164444444': { source: 'marketing_stopped', note: metaNote },
    })

    // The owner takes all three off the list (each asked to resume), then imports the same file
    // with lines appended by the relay.
    clock.advance(hour)
    await callCore(core, 'optOuts.resubscribe', {
      e164s: ['+79161111111', '+79162222222', '+79164444444'],
      note: 'asked to resume',
      confirmed: true,
    })
    clock.advance(hour)
    lines.push(textFrom('79163333333', 'wamid.VERA1', 'Спасибо, до встречи', seconds(clock.now())))
    expect(await importLines(lines)).toMatchObject({ optedOut: 0, replies: 1 })
    expect(await optOuts()).toEqual({})

    // A stop made after the removal counts again: a new reply, a newer preference.
    lines.push(
      textFrom('79161111111', 'wamid.ANNA2', 'Отпишите меня от рассылки', seconds(clock.now())),
      preference('79162222222', 'stop', Math.floor(clock.now() / 1000)),
    )
    expect(await importLines(lines)).toMatchObject({ optedOut: 2 })
    expect(Object.keys(await optOuts()).sort()).toEqual(['+79161111111', '+79162222222'])
  })

  it('a reply quoting nothing goes to the last campaign only within 72 h of its message', async () => {
    const { core, server, campaign, run, importLines } = await afterCampaign()
    server.inboundText('79161111111', 'А доставка есть?')
    await run(4 * day, hour)
    server.inboundText('79162222222', 'Стоп')
    await importLines(server.webhookEvents())
    const ofCampaign = await callCore<Reply[]>(core, 'replies.ofCampaign', {
      campaignId: campaign.id,
    })
    expect(ofCampaign.map((r) => r.text)).toEqual(['А доставка есть?'])
    // The late one is still on the person's card, under no campaign.
    const boris = (await callCore<ContactPage>(core, 'contacts.query', { search: 'Борис' })).rows[0]
    const card = await callCore<Reply[]>(core, 'replies.ofContact', { contactId: boris?.id ?? 0 })
    expect(card).toMatchObject([{ text: 'Стоп', campaignId: null }])
  })
})

describe('reading a webhook line', () => {
  const news = (value: object) =>
    readWebhookLine(JSON.stringify(messagesEnvelope(value))) as WebhookNews[]
  const tap = (button: object) =>
    news({
      contacts: [{ profile: { name: 'Kerry Fisher' }, wa_id: '16315551234' }],
      messages: [
        {
          context: { from: '15550783881', id: 'wamid.TEMPLATE' },
          from: '16315551234',
          id: 'wamid.TAP',
          timestamp: '1739321024',
          type: 'button',
          button,
        },
      ],
    })
  const interactive = (body: object) =>
    news({
      messages: [
        {
          context: { from: '15550783881', id: 'wamid.CTX' },
          from: '16315551234',
          id: 'wamid.INT',
          timestamp: '1739321024',
          type: 'interactive',
          interactive: body,
        },
      ],
    })
  const stopsOf = (found: WebhookNews[]) => found.filter((n) => n.kind === 'stop')
  const readingOf = (found: WebhookNews[]) =>
    found.flatMap((n) => (n.kind === 'reply' ? [n.message.reading] : []))

  it('a button’s payload is the shop’s string: only Meta’s “Stop promotions” is known by it', () => {
    const cancel = tap({ text: 'Отменить запись', payload: 'CANCEL' })
    expect(readingOf(cancel)).toEqual(['other'])
    expect(stopsOf(cancel)).toEqual([])
    expect(stopsOf(tap({ text: 'Напомнить позже', payload: 'stop_reminder' }))).toEqual([])
    expect(stopsOf(tap({ text: 'Stop promotions', payload: 'Stop promotions' }))).toEqual([
      {
        kind: 'stop',
        waId: '16315551234',
        source: 'opt_out_button',
        wamid: 'wamid.TAP',
        at: 1_739_321_024_000,
        note: '“Stop promotions”',
      },
    ])
    // Meta's button in the template's language, known by its payload.
    expect(stopsOf(tap({ text: 'Parar promoções', payload: 'Stop promotions' }))).toHaveLength(1)
    expect(stopsOf(tap({ text: 'Остановить рекламу', payload: 'STOP_PROMOTIONS' }))).toHaveLength(1)
    // A label that says stop in the person's words is still read.
    expect(readingOf(tap({ text: 'Отписаться от рассылки', payload: 'BTN_2' }))).toEqual(['stop'])
    // An interactive row id is the shop's too: the title is what the person chose.
    expect(
      stopsOf(
        interactive({
          type: 'list_reply',
          list_reply: { id: 'unsubscribe_trial', title: 'Продлить пробный период' },
        }),
      ),
    ).toEqual([])
  })

  it('a status’s code is the first error that has one; every error’s words are kept', () => {
    const [status] = news({
      statuses: [
        {
          id: 'wamid.S1',
          status: 'failed',
          timestamp: '1739321024',
          recipient_id: '16315551234',
          errors: [
            { title: 'Message failed to send' },
            {
              code: 131049,
              title: 'This message was not delivered to maintain healthy ecosystem engagement.',
            },
          ],
        },
      ],
    })
    expect(status).toEqual({
      kind: 'status',
      news: {
        wamid: 'wamid.S1',
        state: 'failed',
        at: 1_739_321_024_000,
        errorCode: 131049,
        errorMessage:
          'Message failed to send; This message was not delivered to maintain healthy ecosystem engagement.',
      },
    })
  })
})
