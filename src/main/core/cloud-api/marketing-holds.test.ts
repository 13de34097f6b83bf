// 131049: Meta limited the marketing messages a person gets. WHATSAPP-FACTS.md §2 (Meta's error
// codes page [S12], per-user marketing limits [S13]): skip them for at least 24 hours — retrying
// sooner brings more 131049. Rupor holds the person for a day across every campaign and number.
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Campaign, CampaignItemsPage } from '../../../shared/campaigns'
import { openDatabase } from '../db/open-database'
import { setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { heldUntil, holdMarketing, marketingHoldMs } from './marketing-holds'
import { useCloudTestResources } from '../test-support/cloud-test-resources'

const minute = 60_000
const hour = 60 * minute
const boris = '+79162222222'

describe('a person Meta limited (131049)', () => {
  const tempDir = useTempDir()
  const { servers, closers } = useCloudTestResources()

  it('is held for 24 h from the failure, extended by a later one, never shortened', () => {
    const { db } = openDatabase({ file: join(tempDir(), 'holds.db'), now: 0 })
    closers.push(() => db.close())
    holdMarketing(db, boris, 1_000, 131049)
    expect(heldUntil(db, boris, 1_000)).toBe(1_000 + marketingHoldMs)
    expect(heldUntil(db, '+79161111111', 1_000)).toBeNull()
    // An older failure learned later does not shorten it; a newer one extends it.
    holdMarketing(db, boris, 500, 131049)
    expect(heldUntil(db, boris, 1_000)).toBe(1_000 + marketingHoldMs)
    holdMarketing(db, boris, 5_000, 131049)
    expect(heldUntil(db, boris, 1_000)).toBe(5_000 + marketingHoldMs)
    expect(heldUntil(db, boris, 5_000 + marketingHoldMs)).toBeNull()
  })

  /** The core's database, read beside it: every attempt to reach a person, with Meta's code. */
  function ledgerOf(dir: string) {
    const db = new Database(join(dir, 'data', 'rupor.db'), { readonly: true })
    closers.push(() => db.close())
    return () =>
      db
        .prepare<
          [],
          {
            e164: string
            at: number
            state: string
            error_code: number | null
            campaign_id: number
          }
        >('SELECT e164, at, state, error_code, campaign_id FROM send_ledger ORDER BY at, id')
        .all()
  }

  it('a late 131049 in campaign A keeps them out of campaign B for 24 h, then they get it once', async () => {
    const dir = tempDir()
    const { core, server, clock, campaignWith, run, sender } = await setUpCloudCore(dir, servers)
    // Meta accepts Boris's message, then reports it failed: a status webhook with
    // errors[{ code: 131049, … }], as WHATSAPP-FACTS.md §4 quotes Meta's webhook reference [S21].
    server.setFate(boris, { async: { failed: 131049 } })
    const first = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: first.id })
    await run(30 * minute)
    const base64 = Buffer.from(
      server
        .webhookEvents()
        .map((e) => JSON.stringify(e))
        .join('\n'),
    ).toString('base64')
    await callCore(core, 'cloud.importEvents', { senderId: sender.id, base64 })
    const learnedAt = clock.now()
    const failedAt = server.sent.find((m) => m.to === boris)?.at ?? 0

    // Campaign B goes to everyone else at once; Boris waits, the page says why and until when.
    server.setFate(boris, { async: 'delivered' })
    const second = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: second.id })
    await run(30 * minute)
    const sentTo = () => server.sent.filter((m) => m.to === boris).map((m) => m.at)
    expect(sentTo()).toHaveLength(1)
    const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: second.id })
    const borisItem = items.rows.find((r) => r.e164 === boris)
    expect(borisItem).toMatchObject({ state: 'planned', heldUntil: failedAt + marketingHoldMs })
    expect(items.rows.filter((r) => r.state === 'sent')).toHaveLength(3)
    const waiting = await callCore<Campaign>(core, 'campaigns.get', { id: second.id })
    expect(waiting).toMatchObject({ state: 'running', waitReason: 'marketing_hold' })
    expect(waiting.nextDueAt).toBe(failedAt + marketingHoldMs)
    expect(learnedAt).toBeLessThan(failedAt + marketingHoldMs)

    // A day after the failure, B sends to Boris once and finishes.
    await run(failedAt + marketingHoldMs - clock.now() - minute, minute)
    expect(sentTo()).toHaveLength(1)
    await run(30 * minute)
    expect(sentTo()).toHaveLength(2)
    expect(sentTo()[1]).toBeGreaterThanOrEqual(failedAt + marketingHoldMs)
    const done = await callCore<Campaign>(core, 'campaigns.get', { id: second.id })
    expect(done.state).toBe('finished')
    // Campaign A does not try again: Meta did not deliver it there.
    const inA = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: first.id })
    expect(inA.rows.find((r) => r.e164 === boris)).toMatchObject({
      state: 'failed',
      reason: 'not_delivered_ecosystem',
    })
  }, 20_000)

  it('holds a person only from marketing templates: a utility message (an order update) still goes', async () => {
    const { core, server, campaignWith, run } = await setUpCloudCore(tempDir(), servers)
    // Meta's per-user limit is on marketing messages (WHATSAPP-FACTS.md §3, [S13]): 131049.
    server.setFate(boris, { sync: 131049, times: 1 })
    const sale = await campaignWith('spring_sale')
    await callCore(core, 'campaigns.start', { id: sale.id })
    await run(30 * minute)
    expect(server.sent.filter((m) => m.to === boris)).toHaveLength(0)
    const update = await campaignWith('hello_world')
    await callCore(core, 'campaigns.start', { id: update.id })
    await run(30 * minute)
    expect(server.sent.filter((m) => m.to === boris)).toHaveLength(1)
    const done = await callCore<Campaign>(core, 'campaigns.get', { id: update.id })
    expect(done.state).toBe('finished')
  }, 20_000)

  it('never messages a held person before the hold ends, whatever fails and when', async () => {
    const people = ['+79161111111', boris, '+79163333333', '+79164444444']
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('sync', 'async', 'ok'), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 * hour }),
        async (fates, secondStartsAfter) => {
          const dir = tempDir()
          const { core, server, campaignWith, run, sender } = await setUpCloudCore(dir, servers, {
            fast: true,
          })
          closers.push(() => core.close())
          people.forEach((e164, i) => {
            const fate = fates[i]
            if (fate === 'sync') server.setFate(e164, { sync: 131049, times: 1 })
            if (fate === 'async') server.setFate(e164, { async: { failed: 131049 } })
          })
          const a = await campaignWith('spring_sale')
          await callCore(core, 'campaigns.start', { id: a.id })
          await run(secondStartsAfter + 5 * minute, minute)
          const events = Buffer.from(
            server
              .webhookEvents()
              .map((e) => JSON.stringify(e))
              .join('\n'),
          ).toString('base64')
          await callCore(core, 'cloud.importEvents', { senderId: sender.id, base64: events })
          const b = await campaignWith('spring_sale')
          await callCore(core, 'campaigns.start', { id: b.id })
          await run(26 * hour, 10 * minute)

          // Each 131049 (a refused send, or one Meta reported failed): nothing more for 24 h.
          const ledger = ledgerOf(dir)()
          const failures = [
            ...ledger
              .filter((l) => l.error_code === 131049)
              .map((l) => ({ e164: l.e164, at: l.at })),
            ...server.sent
              .filter((m) => m.errorCode === 131049)
              .map((m) => ({ e164: m.to, at: m.at })),
          ]
          for (const failure of failures) {
            const later = ledger.filter(
              (l) =>
                l.e164 === failure.e164 && l.at > failure.at && l.at < failure.at + marketingHoldMs,
            )
            expect(later).toEqual([])
          }
          core.close()
          closers.pop()
        },
      ),
      { numRuns: 6 },
    )
  }, 120_000)
})
