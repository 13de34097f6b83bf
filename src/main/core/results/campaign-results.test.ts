import { DateTime } from 'luxon'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { CampaignResults, SenderTotals } from '../../../shared/campaign-results'
import type { Campaign } from '../../../shared/campaigns'
import type { DownloadFile } from '../../../shared/contacts'
import { bookOf, setUpAssistedCore } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { hoursOf } from './campaign-results'

const hourMs = 60 * 60 * 1000
const dayMs = 24 * hourMs

describe('campaign results and sender totals', () => {
  const tempDir = useTempDir()

  /**
   * 30 people, the fourth without consent; the owner's answers: №5 wrong number, №7 asked to
   * stop, №9 skipped, everyone else sent.
   */
  async function finishedCampaign() {
    const test = await setUpAssistedCore(tempDir(), { book: bookOf(30, (i) => i !== 3) })
    const { core, campaign } = test
    await callCore(core, 'campaigns.start', { id: campaign.id })
    const answers: Record<string, 'wrong_number' | 'asked_to_stop' | 'skipped'> = {
      'Клиент 5': 'wrong_number',
      'Клиент 7': 'asked_to_stop',
      'Клиент 9': 'skipped',
    }
    await test.answerAll(
      (task) => answers[task.name] ?? 'sent',
      async () =>
        (await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).state === 'finished',
    )
    return test
  }

  it('counts every outcome by reason, the opt-outs during it, and its sends hour by hour', async () => {
    const { core, campaign, sender } = await finishedCampaign()
    const results = await callCore<CampaignResults>(core, 'campaigns.results', {
      id: campaign.id,
    })
    expect(results.counts).toMatchObject({ total: 30, sent: 26, failed: 1, skipped: 3 })
    expect(results.failedBy).toEqual([{ reason: 'wrong_number', count: 1 }])
    expect(results.skippedBy).toEqual([
      { reason: 'asked_to_stop', count: 1 },
      { reason: 'no_consent', count: 1 },
      { reason: 'skipped_by_owner', count: 1 },
    ])
    expect(results.optedOutDuring).toBe(1)
    expect(results.perHourLimit).toBe(50)
    expect(results.timeZone).toBe('Europe/Moscow')
    // Every hour from the first message to the last, never over the limit, adding up to the sent.
    expect(results.hours.at(-1)?.cumulative).toBe(26)
    expect(results.hours.reduce((n, h) => n + h.sends, 0)).toBe(26)
    expect(results.hours.every((h) => h.sends <= 50)).toBe(true)
    expect(
      results.hours.slice(1).every((h, i) => h.at - (results.hours[i]?.at ?? 0) === hourMs),
    ).toBe(true)

    const totals = await callCore<SenderTotals[]>(core, 'senders.totals', { id: sender.id })
    // The same within 7 days as within 30: it all happened this morning.
    const sameBoth = {
      sent: 26,
      delivered: 0,
      read: 0,
      failed: 1,
      skipped: 3,
      optedOut: 1,
      newChats: 26,
      campaigns: 1,
    }
    expect(totals).toEqual([
      { days: 7, ...sameBoth },
      { days: 30, ...sameBoth },
    ])
  })

  it('counts as opted out during it only people who stopped after its message to them', async () => {
    const test = await setUpAssistedCore(tempDir(), { book: bookOf(6) })
    const { core, campaign } = test
    // №2 stopped before the campaign: skipped, never messaged.
    await callCore(core, 'optOuts.addNumbers', { text: '+79160000001', note: '' })
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await test.answerAll(
      () => 'sent',
      async () =>
        (await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).state === 'finished',
    )
    // №3 replied "stop" a day after the message.
    test.clock.advance(dayMs)
    await callCore(core, 'optOuts.addNumbers', { text: '+79160000002', note: '' })
    const results = await callCore<CampaignResults>(core, 'campaigns.results', {
      id: campaign.id,
    })
    expect(results.skippedBy).toEqual([{ reason: 'opted_out', count: 1 }])
    expect(results.optedOutDuring).toBe(1)
  })

  it('forgets what is older than the 7 days in the 7-day totals, not in the 30-day ones', async () => {
    const { core, sender, clock } = await finishedCampaign()
    clock.advance(8 * dayMs)
    const [week, month] = await callCore<SenderTotals[]>(core, 'senders.totals', { id: sender.id })
    expect(week).toMatchObject({ sent: 0, failed: 0, skipped: 0, optedOut: 0, campaigns: 0 })
    expect(month).toMatchObject({ sent: 26, failed: 1, skipped: 3, optedOut: 1, campaigns: 1 })
  })

  it('exports every recipient with their outcome, or only those in one state', async () => {
    const { core, campaign } = await finishedCampaign()
    const all = await callCore<DownloadFile>(core, 'campaigns.itemsCsv', {
      id: campaign.id,
      language: 'ru',
    })
    expect(all.fileName).toBe('Декабрь.csv')
    // As a Russian Excel splits it: ";" between quoted cells.
    expect(all.content.startsWith('\uFEFF"Name";"Phone";"State";')).toBe(true)
    const rows = Papa.parse<string[]>(all.content.slice(1).trim(), { delimiter: ';' }).data
    expect(rows[0]).toEqual([
      'Name',
      'Phone',
      'State',
      'Reason',
      'Delivery',
      'Done at',
      'Channel',
      'Reply',
    ])
    expect(rows).toHaveLength(31)
    expect(rows.find((r) => r[0] === 'Клиент 7')).toEqual([
      'Клиент 7',
      "'+79160000006", // a spreadsheet shows it as text, not a formula
      'skipped',
      'asked_to_stop',
      '',
      expect.stringMatching(/^2026-12-01 \d\d:\d\d:\d\d$/),
      '',
      '',
    ])
    const failed = await callCore<DownloadFile>(core, 'campaigns.itemsCsv', {
      id: campaign.id,
      state: 'failed',
      language: 'en',
    })
    expect(failed.fileName).toBe('Декабрь (failed).csv')
    expect(failed.content).toContain('"Клиент 5","\'+79160000004","failed","wrong_number",""')
    expect(Papa.parse<string[]>(failed.content.slice(1).trim()).data.slice(1)).toEqual([
      ['Клиент 5', "'+79160000004", 'failed', 'wrong_number', '', expect.any(String), '', ''],
    ])
  })
})

describe('hoursOf: sends per hour in the sender’s zone', () => {
  it.each([
    ['nothing sent', [], []],
    [
      'two hours apart, with the empty hour between',
      [Date.UTC(2026, 11, 1, 7, 10), Date.UTC(2026, 11, 1, 7, 50), Date.UTC(2026, 11, 1, 9, 5)],
      [
        { at: Date.UTC(2026, 11, 1, 7), sends: 2, cumulative: 2 },
        { at: Date.UTC(2026, 11, 1, 8), sends: 0, cumulative: 2 },
        { at: Date.UTC(2026, 11, 1, 9), sends: 1, cumulative: 3 },
      ],
    ],
  ])('%s', (_, times, expected) => {
    expect(hoursOf(times, 'Europe/Moscow')).toEqual(expected)
  })

  it('counts every message across a clock change of half an hour (Lord Howe Island)', () => {
    // 4 October 2026, 02:00 local becomes 02:30: a message every hour from 00:10.
    const zone = 'Australia/Lord_Howe'
    const first = DateTime.fromISO('2026-10-04T00:10', { zone }).toMillis()
    const times = [0, 1, 2, 3, 4].map((h) => first + h * hourMs)
    const hours = hoursOf(times, zone)
    expect(hours.map((h) => h.sends)).toEqual([1, 1, 1, 1, 1])
    expect(hours.map((h) => DateTime.fromMillis(h.at, { zone }).toFormat('HH:mm'))).toEqual([
      '00:00',
      '01:00',
      '02:30', // the hour from 02:00 has only its last half
      '03:00',
      '04:00',
    ])
    expect(hours.at(-1)?.cumulative).toBe(5)
  })

  it('keeps both hours of a clock set back (Berlin, 25 October 2026)', () => {
    const zone = 'Europe/Berlin'
    const first = DateTime.fromISO('2026-10-25T01:10', { zone }).toMillis()
    const hours = hoursOf([first, first + hourMs, first + 2 * hourMs], zone)
    expect(
      hours.map((h) => [DateTime.fromMillis(h.at, { zone }).toFormat('HH:mm'), h.sends]),
    ).toEqual([
      ['01:00', 1],
      ['02:00', 1],
      ['02:00', 1],
    ])
  })

  it('starts hours on the zone’s own hour (India is half an hour off UTC)', () => {
    expect(hoursOf([Date.UTC(2026, 11, 1, 7, 10)], 'Asia/Kolkata')).toEqual([
      { at: Date.UTC(2026, 11, 1, 6, 30), sends: 1, cumulative: 1 },
    ])
  })
})
