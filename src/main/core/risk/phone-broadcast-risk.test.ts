// The meter and the forecast of a phone broadcast, through the core's calls: who it reaches and
// misses, no pacing factors, how often these people got a list message, and "all at once".
import Sqlite from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Forecast, RiskAssessment } from '../../../shared/risk'
import { databaseFileName } from '../create-core'
import { bookOf, setUpAssistedCore, tuesdayMorning } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { pacedOnlyFactors } from './risk-factors'

const hour = 60 * 60 * 1000
const day = 24 * hour

describe('the meter and the forecast of a phone broadcast', () => {
  const tempDir = useTempDir()

  it('reaches who saved the number, shows no pacing, and counts recent list messages', async () => {
    const dir = tempDir()
    const { core, sender, list, campaign } = await setUpAssistedCore(dir, { book: bookOf(40) })
    const db = new Sqlite(join(dir, 'data', databaseFileName))
    try {
      // 30 of 40 saved the number; the number's gaps are a metronome (a paced campaign's risk).
      db.prepare(
        "UPDATE contacts SET saved_number = 'yes' WHERE id IN (SELECT id FROM contacts LIMIT 30)",
      ).run()
      db.prepare(
        "UPDATE senders SET limits = json_set(limits, '$.gapMinSeconds', 60, '$.gapMaxSeconds', 60)",
      ).run()
      const draft = {
        senderId: sender.id,
        listIds: [list.id],
        text: 'Свежие пионы до субботы.',
        way: 'phone_broadcast' as const,
      }
      const risk = await callCore<RiskAssessment>(core, 'risk.draft', draft)
      expect(risk.way).toBe('phone_broadcast')
      expect(risk.reach).toEqual({ reached: 30, missed: 10, notOnPhone: 0 })
      expect(risk.factors.filter((f) => pacedOnlyFactors.has(f.key))).toEqual([])
      // No phone list recorded yet: it cannot go, and the meter says so.
      expect(risk.level).toBe('blocked')
      expect(risk.listMessageRefusals).toEqual([{ key: 'no_phone_list' }])
      const paced = await callCore<RiskAssessment>(core, 'risk.draft', { ...draft, way: 'paced' })
      expect(paced.factors.map((f) => f.key)).toContain('pacing')
      expect(paced.reach).toBeNull()

      const forecast = await callCore<Forecast>(core, 'risk.forecastDraft', draft)
      expect(forecast).toMatchObject({ atOnce: true, messages: 30, firstAt: null, perDay: [] })

      // Three list messages to these people this week: more than two, medium on its own.
      const people = db
        .prepare<[], string>(
          "SELECT primary_phone FROM contacts WHERE saved_number = 'yes' ORDER BY id",
        )
        .pluck()
        .all()
      const insert = db.prepare(
        `INSERT INTO send_ledger (sender_id, campaign_id, e164, at, new_chat, state, channel)
         VALUES (?, ?, ?, ?, 0, 'sent', 'phone_broadcast')`,
      )
      for (const daysAgo of [2, 4, 6])
        for (const e164 of people)
          insert.run(sender.id, campaign.id, e164, tuesdayMorning - daysAgo * day)
      const often = await callCore<RiskAssessment>(core, 'risk.draft', draft)
      expect(often.factors.find((f) => f.key === 'list_message_frequency')).toMatchObject({
        value: 3,
        points: 30,
        fix: { kind: 'less_often', days: 7 },
      })
    } finally {
      db.close()
    }
  }, 60_000)

  it('once the list is on the phone, reaches who is on it and names who is not yet', async () => {
    const dir = tempDir()
    const { core, sender, list } = await setUpAssistedCore(dir, { book: bookOf(12) })
    const db = new Sqlite(join(dir, 'data', databaseFileName))
    try {
      db.prepare("UPDATE contacts SET saved_number = 'yes'").run()
      const saved = db
        .prepare<[], string>('SELECT primary_phone FROM contacts ORDER BY id')
        .pluck()
        .all()
      // The owner put 8 of the 12 on the phone's list; the other 4 would get nothing.
      await callCore(core, 'phoneLists.record', {
        listId: list.id,
        senderId: sender.id,
        name: 'Весна',
        e164s: saved.slice(0, 8),
      })
      const draft = {
        senderId: sender.id,
        listIds: [list.id],
        text: 'Свежие пионы до субботы.',
        way: 'phone_broadcast' as const,
      }
      const risk = await callCore<RiskAssessment>(core, 'risk.draft', draft)
      expect(risk.reach).toEqual({ reached: 8, missed: 0, notOnPhone: 4 })
      expect(risk.listMessageRefusals).toEqual([])
      const forecast = await callCore<Forecast>(core, 'risk.forecastDraft', draft)
      expect(forecast).toMatchObject({ atOnce: true, messages: 8 })
    } finally {
      db.close()
    }
  }, 60_000)
})
