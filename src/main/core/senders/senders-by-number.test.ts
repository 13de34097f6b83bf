import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { BlockReport } from '../../../shared/blocks'
import type { Campaign } from '../../../shared/campaigns'
import type { SavedSender, Sender, SenderUsage } from '../../../shared/senders'
import { databaseFileName } from '../create-core'
import { bookOf, setUpAssistedCore, tuesdayMorning } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'

const minute = 60_000
const hourMs = 60 * minute

const lenina = {
  label: 'Магазин на Ленина',
  phone: '+7 903 000-00-18',
  startedOn: '2025-01-01',
  timeZone: 'Europe/Moscow',
}
/** Five an hour, a fixed half-minute gap: the hour limit is reached within minutes. */
const fivePerHour = {
  gapMinSeconds: 30,
  gapMaxSeconds: 30,
  perHour: 5,
  newChatsPerDay: 250,
  activeChats: 1000,
}

type Core = Parameters<typeof callCore>[0]
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal')
    },
    (e: unknown) => (e as { error: { code: string; issues?: unknown; details?: unknown } }).error,
  )

describe('one sender per number', () => {
  const tempDir = useTempDir()
  const freshCore = () =>
    createTestCore(join(tempDir(), 'data'), new FakeClock(tuesdayMorning)).core

  it('refuses the same number in another spelling, naming the sender that has it', async () => {
    const core = freshCore()
    await callCore<Sender>(core, 'senders.save', lenina)
    for (const phone of ['8 (903) 000-00-18', '+79030000018', '8-903-000-00-18']) {
      expect(
        await refusal(callCore(core, 'senders.save', { ...lenina, label: 'Второй', phone })),
      ).toEqual({
        code: 'invalid_input',
        message: 'This number is already added as “Магазин на Ленина”.',
        issues: [{ path: 'phone', message: 'phone_taken' }],
        details: { label: 'Магазин на Ленина', senderId: 1 },
      })
    }
    expect((await callCore<Sender[]>(core, 'senders.list', {})).map((s) => s.label)).toEqual([
      'Магазин на Ленина',
    ])
  })

  it('refuses an edit that moves a sender onto another’s number, and allows any other edit', async () => {
    const core = freshCore()
    await callCore<Sender>(core, 'senders.save', lenina)
    const other = await callCore<Sender>(core, 'senders.save', {
      ...lenina,
      label: 'Склад',
      phone: '+7 903 000-00-19',
    })
    expect(
      await refusal(
        callCore(core, 'senders.save', { ...lenina, id: other.id, phone: '89030000018' }),
      ),
    ).toMatchObject({ code: 'invalid_input', details: { label: 'Магазин на Ленина' } })
    const renamed = await callCore<SavedSender>(core, 'senders.save', {
      ...lenina,
      id: 1,
      label: 'Ленина, 5',
      phone: '8 903 000 00 18',
    })
    expect(renamed).toMatchObject({ id: 1, label: 'Ленина, 5', inheritsPastSends: false })
  })
})

describe('deleting a sender keeps its history', () => {
  const tempDir = useTempDir()

  /** The shop's number sends until its five an hour are used, then its campaign is deleted. */
  async function usedUpNumber() {
    const dir = tempDir()
    const test = await setUpAssistedCore(dir, { book: bookOf(12) })
    const { core, sender } = test
    await callCore(core, 'senders.save', {
      ...lenina,
      id: sender.id,
      phone: sender.phone,
      limits: fivePerHour,
    })
    const ledger = new Sqlite(join(dir, 'data', databaseFileName), { readonly: true })
    const sendTimes = () =>
      ledger
        .prepare<[], { at: number }>("SELECT at FROM send_ledger WHERE state = 'sent' ORDER BY at")
        .all()
        .map((r) => r.at)
    await callCore(core, 'campaigns.start', { id: test.campaign.id })
    await test.answerAll(undefined, () => Promise.resolve(sendTimes().length >= 5))
    expect(sendTimes()).toHaveLength(5)
    await callCore(core, 'campaigns.cancel', { id: test.campaign.id })
    await callCore(core, 'campaigns.delete', { id: test.campaign.id })
    return { ...test, sendTimes }
  }

  it('brings the deleted sender back when its number is added again, with the hour limit still counting', async () => {
    const test = await usedUpNumber()
    const { core, sender, clock } = test
    const [firstSend] = test.sendTimes()
    await callCore(core, 'senders.delete', { id: sender.id })
    expect(await callCore<Sender[]>(core, 'senders.list', {})).toEqual([])

    const back = await callCore<SavedSender>(core, 'senders.save', {
      label: 'Снова магазин',
      phone: '+7 (903) 000-00-00',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
      limits: fivePerHour,
    })
    expect(back).toMatchObject({ id: sender.id, label: 'Снова магазин', inheritsPastSends: true })
    const usage = await callCore<SenderUsage>(core, 'senders.usage', { id: back.id })
    expect(usage.sentLastHour).toBe(5)

    const again = await callCore<Campaign>(core, 'campaigns.save', {
      name: 'Снова',
      senderId: back.id,
      listIds: [test.list.id],
      text: 'Привет!',
    })
    await callCore(core, 'campaigns.start', { id: again.id })
    await test.answerAll(undefined, () =>
      Promise.resolve(clock.now() > tuesdayMorning + 2 * hourMs),
    )
    const times = test.sendTimes()
    // Nothing new until the first of the five leaves the hour; never six in any hour.
    expect(times[5]).toBeGreaterThanOrEqual((firstSend ?? 0) + hourMs)
    for (const [i, at] of times.entries()) {
      expect(
        times.filter((t) => t > at - hourMs && t <= at).length,
        `send ${String(i)}`,
      ).toBeLessThanOrEqual(5)
    }
  })

  it('brings back the block history and the block in force', async () => {
    const test = await setUpAssistedCore(tempDir(), { book: bookOf(3) })
    const { core, sender, clock } = test
    await callCore(core, 'campaigns.delete', { id: test.campaign.id })
    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'temporary', hours: 24 })
    clock.advance(hourMs)
    await callCore(core, 'senders.delete', { id: sender.id })
    const back = await callCore<SavedSender>(core, 'senders.save', {
      label: 'Снова',
      phone: '89030000000',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
    })
    expect(back.id).toBe(sender.id)
    expect(back.block).toMatchObject({
      reason: 'reported_temporary',
      until: tuesdayMorning + 24 * hourMs,
    })
    const report = await callCore<BlockReport>(core, 'senders.blockReport', { id: back.id })
    expect(report.history).toHaveLength(1)
    expect(report.current).toMatchObject({ block: { reason: 'reported_temporary' } })
  })

  it('leaves no trace of a deleted sender in any list or call, before and after a restart', async () => {
    const dir = tempDir()
    const test = await setUpAssistedCore(dir, { book: bookOf(3) })
    const { core, sender } = test
    await callCore(core, 'campaigns.delete', { id: test.campaign.id })
    const kept = await callCore<Sender>(core, 'senders.save', {
      ...lenina,
      label: 'Другой',
      phone: '+7 903 000-00-19',
    })
    await callCore(core, 'senders.delete', { id: sender.id })

    const absent = async (c: Core) => {
      expect((await callCore<Sender[]>(c, 'senders.list', {})).map((s) => s.id)).toEqual([kept.id])
      for (const call of [
        'senders.usage',
        'senders.blockReport',
        'senders.totals',
        'senders.liftBlock',
        'senders.delete',
        'risk.sender',
      ]) {
        expect(await refusal(callCore(c, call, { id: sender.id })), call).toMatchObject({
          code: 'not_found',
        })
      }
      expect(
        await refusal(
          callCore(c, 'campaigns.save', {
            name: 'x',
            senderId: sender.id,
            listIds: [test.list.id],
            text: 'x',
          }),
        ),
      ).toMatchObject({ code: 'not_found' })
      expect(
        await refusal(callCore(c, 'senders.save', { ...lenina, id: sender.id })),
      ).toMatchObject({ code: 'not_found' })
    }
    await absent(core)
    core.scheduler.stop()
    const restarted = createTestCore(join(dir, 'data'), test.clock).core
    await absent(restarted)
  })
})
