// The host is killed (SIGKILL) again and again, at random moments, in the middle of a campaign; each
// time it comes back on the same database, which passes integrity_check, the campaign goes on, and
// the ledger keeps every promise of the scheduler. FAULT_SEED=<seed> replays a run.
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import type { Campaign, CampaignDetail, CampaignItemsPage } from '../src/shared/campaigns'
import type { ContactPage } from '../src/shared/contacts'
import type { ListDetail } from '../src/shared/lists'
import type { Sender } from '../src/shared/senders'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { faultSeed, seededRandom } from './support/seeded-random'

/** 600× faster: a 30 s gap takes 50 ms. Tuesday, inside the 10:00–20:00 window in Moscow. */
const timeScale = 600
const tuesday = Date.parse('2026-12-01T10:30:00+03:00')
const people = 40
const kills = Number(process.env.FAULT_CAMPAIGN_KILLS ?? 20)
const minute = 60_000

function book(): string {
  const lines = ['Name,Phone,Consent']
  for (let i = 0; i < people; i += 1)
    lines.push(`Покупатель ${String(i)},+7916${String(2_000_000 + i)},да`)
  return lines.join('\n')
}

/** Answers the owner's tasks until told to stop: mostly "sent", every fifth "skip". */
function answerTasks(host: HostProcess, campaignId: number) {
  const state = { running: true }
  let answered = 0
  const loop = (async () => {
    while (state.running) {
      try {
        const detail = await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaignId })
        if (detail.state === 'finished') return
        if (detail.task) {
          answered += 1
          const outcome = answered % 5 === 0 ? 'skipped' : 'sent'
          await callHost(host, 'campaigns.confirm', { itemId: detail.task.itemId, outcome })
        }
      } catch {
        // The host was killed under us, or the task was answered already.
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  return {
    answered: () => answered,
    stop: async () => {
      state.running = false
      await loop
    },
  }
}

function integrity(dataDir: string): string {
  const db = new Sqlite(join(dataDir, 'rupor.db'), { readonly: true })
  try {
    return db.pragma('integrity_check', { simple: true }) as string
  } finally {
    db.close()
  }
}

/** The latest moment the database knows of, so a restarted test clock never runs backwards. */
function lastMoment(dataDir: string): number {
  const db = new Sqlite(join(dataDir, 'rupor.db'), { readonly: true })
  try {
    const row = db
      .prepare<[], { at: number | null }>(
        'SELECT max(at) AS at FROM (SELECT max(at) AS at FROM send_ledger UNION ALL SELECT max(updated_at) FROM campaigns UNION ALL SELECT max(done_at) FROM campaign_items)',
      )
      .get()
    return row?.at ?? tuesday
  } finally {
    db.close()
  }
}

/**
 * After a restart the owner checks WhatsApp and says what became of each message in flight at the
 * kill (until then no other chat of the number opens): sent, or not sent (asked again later).
 */
async function settleUncertain(
  host: HostProcess,
  campaignId: number,
  random: () => number,
  settled: { itemId: number; outcome: 'sent' | 'not_sent' }[],
): Promise<void> {
  const page = await callHost<CampaignItemsPage>(host, 'campaigns.items', {
    id: campaignId,
    state: 'uncertain',
    limit: 500,
  })
  for (const item of page.rows) {
    const outcome = random() < 0.5 ? 'sent' : 'not_sent'
    await callHost(host, 'campaigns.resolve', { itemId: item.id, outcome })
    settled.push({ itemId: item.id, outcome })
  }
}

test('killing the host mid-campaign never sends twice, never bursts, and loses nobody', async () => {
  test.setTimeout(6 * 60_000)
  const seed = faultSeed()
  const random = seededRandom(seed)
  console.log(`kill-while-sending: seed ${String(seed)} (FAULT_SEED=${String(seed)} replays it)`)
  const dataDir = newDataDir()
  let host = await startHostProcess({
    dataDir,
    timeScale,
    clockStart: new Date(tuesday).toISOString(),
  })
  await importCsv(host, book())
  const ids = (await callHost<ContactPage>(host, 'contacts.query', { limit: 500 })).rows.map(
    (r) => r.id,
  )
  const list = await callHost<ListDetail>(host, 'lists.create', { name: 'Все', contactIds: ids })
  const sender = await callHost<Sender>(host, 'senders.save', {
    label: 'Магазин',
    phone: '+79030000000',
    startedOn: '2025-01-01',
    timeZone: 'Europe/Moscow',
  })
  const campaign = await callHost<Campaign>(host, 'campaigns.save', {
    name: 'Декабрь',
    senderId: sender.id,
    listIds: [list.id],
    text: 'Здравствуйте, {{first_name}}!',
  })
  await callHost(host, 'campaigns.start', { id: campaign.id })

  const restarts: number[] = []
  const settled: { itemId: number; outcome: 'sent' | 'not_sent' }[] = []
  let askedKills = 0
  for (let round = 0; round < kills; round += 1) {
    const delay = Math.round(random() * 600)
    if (random() < 0.4) {
      // Killed while the owner is being asked: that message is in flight.
      const current = host
      await expect
        .poll(
          async () =>
            (await callHost<CampaignDetail>(current, 'campaigns.get', { id: campaign.id })).task,
          { timeout: 30_000 },
        )
        .not.toBeNull()
      await new Promise((resolve) => setTimeout(resolve, Math.round(delay / 10)))
      await host.kill()
      askedKills += 1
      console.log(
        `kill-while-sending: kill ${String(round + 1)} while asked, +${String(Math.round(delay / 10))} ms`,
      )
    } else {
      // Killed at a random moment, the owner answering meanwhile.
      const owner = answerTasks(host, campaign.id)
      await new Promise((resolve) => setTimeout(resolve, delay))
      await host.kill()
      await owner.stop()
      console.log(
        `kill-while-sending: kill ${String(round + 1)} while answering, at ${String(delay)} ms`,
      )
    }
    // Ten minutes later by the test clock, the app starts again on the same file.
    const back = lastMoment(dataDir) + 10 * minute
    restarts.push(back)
    host = await startHostProcess({ dataDir, timeScale, clockStart: new Date(back).toISOString() })
    expect(integrity(dataDir)).toBe('ok')
    // The message in flight holds the number's next chat until the owner settles it.
    const waiting = await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })
    if (waiting.counts.uncertain > 0 && waiting.state === 'running') {
      expect(waiting.waitReason).toBe('uncertain')
    }
    await settleUncertain(host, campaign.id, random, settled)
  }

  // Then it runs to the end, the owner answering, and says what became of the uncertain ones.
  const finishing = Date.now()
  const owner = answerTasks(host, campaign.id)
  await expect
    .poll(
      async () =>
        (await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })).state,
      {
        timeout: 180_000,
      },
    )
    .toBe('finished')
  await owner.stop()
  console.log(`kill-while-sending: the rest was sent in ${String(Date.now() - finishing)} ms`)
  const detail = await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })
  await host.stop()

  const db = new Sqlite(join(dataDir, 'rupor.db'), { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const rows = db
      .prepare<[], { at: number; claimed_at: number; e164: string; item_id: number }>(
        `SELECT l.at, i.claimed_at, l.e164, l.item_id FROM send_ledger l
         JOIN campaign_items i ON i.id = l.item_id WHERE l.state <> 'not_sent' ORDER BY l.at, l.id`,
      )
      .all()
    // Nobody twice: one counted message per person.
    expect(new Set(rows.map((r) => r.e164)).size).toBe(rows.length)
    rows.forEach((row, i) => {
      const previous = rows[i - 1]
      if (previous) expect(row.at - previous.at).toBeGreaterThanOrEqual(30_000)
      expect(
        rows.filter((r) => r.at > row.at - 60 * minute && r.at <= row.at).length,
      ).toBeLessThanOrEqual(50)
    })
    // No burst after a restart: the first chat opens at least one gap after it (a message the
    // owner settled as sent counts from the answer, but it was pressed before the kill).
    const claims = rows.map((r) => r.claimed_at).sort((a, b) => a - b)
    for (const restart of restarts) {
      const first = claims.find((at) => at >= restart)
      if (first !== undefined) expect(first - restart).toBeGreaterThanOrEqual(30_000)
    }
    // Nobody lost: everyone ended sent or skipped with a reason; nothing is left uncertain.
    expect(detail.counts.total).toBe(people)
    expect(detail.counts.planned + detail.counts.sending + detail.counts.uncertain).toBe(0)
    expect(detail.counts.sent + detail.counts.skipped).toBe(people)
    // The messages in flight at a kill were settled by the owner: one settled as sent is counted
    // once and never sent again; one settled as not sent was asked about again later.
    expect(settled.length).toBeGreaterThanOrEqual(askedKills)
    for (const { itemId, outcome } of settled) {
      if (outcome === 'sent') expect(rows.filter((r) => r.item_id === itemId)).toHaveLength(1)
    }
  } finally {
    db.close()
  }
})
