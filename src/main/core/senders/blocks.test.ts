import { describe, expect, it } from 'vitest'
import type { BlockReport } from '../../../shared/blocks'
import type { Campaign, CampaignDetail, CampaignItemsPage } from '../../../shared/campaigns'
import type { Sender, SenderUsage } from '../../../shared/senders'
import { bookOf, setUpAssistedCore, tuesdayMorning } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

const hourMs = 60 * 60 * 1000
const dayMs = 24 * hourMs

describe('the ban centre: a block the owner reports', () => {
  const tempDir = useTempDir()

  async function runningCampaigns() {
    const test = await setUpAssistedCore(tempDir(), { book: bookOf(40) })
    const { core, sender, list } = test
    const second = await callCore<Campaign>(core, 'campaigns.save', {
      name: 'Второй',
      senderId: sender.id,
      listIds: [list.id],
      text: 'Привет!',
    })
    await callCore(core, 'campaigns.start', { id: test.campaign.id })
    await callCore(core, 'campaigns.start', { id: second.id })
    // Twenty minutes of sending: a few people of each have their message.
    await test.answerAll(undefined, () =>
      Promise.resolve(test.clock.now() > tuesdayMorning + hourMs / 3),
    )
    return { ...test, second }
  }
  const stateOf = async (test: { core: Parameters<typeof callCore>[0] }, id: number) =>
    (await callCore<CampaignDetail>(test.core, 'campaigns.get', { id })).state

  it('pauses every campaign of the number at once, and nothing of it starts or resumes', async () => {
    const test = await runningCampaigns()
    const { core, sender, campaign, second, clock } = test
    const before = test.asked.length
    const blocked = await callCore<Sender>(core, 'senders.reportBlock', {
      id: sender.id,
      kind: 'temporary',
      hours: 24,
    })
    expect(blocked.block).toMatchObject({
      reason: 'reported_temporary',
      until: clock.now() + dayMs,
    })
    const paused = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(paused.state).toBe('paused')
    expect(paused.pauseReason).toMatchObject({ reason: 'sender_blocked' })
    expect(await stateOf(test, second.id)).toBe('paused')
    await expect(callCore(core, 'campaigns.resume', { id: campaign.id })).rejects.toMatchObject({
      error: { code: 'sender_blocked' },
    })
    // Nobody is asked about while it lasts, however long the clock runs.
    clock.advance(20 * hourMs)
    expect(test.asked).toHaveLength(before)
  })

  it('turns the chat the owner was asked to send into a question: did it go out before the block?', async () => {
    const test = await setUpAssistedCore(tempDir(), { book: bookOf(5) })
    const { core, sender, campaign, clock, asked } = test
    await callCore(core, 'campaigns.start', { id: campaign.id })
    while (asked.length === 0) clock.advance((clock.nextTimerAt() ?? clock.now()) - clock.now())
    const open = asked.shift()
    if (!open) throw new Error('expected a task')
    expect(
      (await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })).task,
    ).not.toBeNull()

    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'temporary', hours: 24 })
    // No task anywhere: the page shows no "your turn", and its chat does not open again.
    const detail = await callCore<CampaignDetail>(core, 'campaigns.get', { id: campaign.id })
    expect(detail.task).toBeNull()
    await expect(callCore(core, 'campaigns.reopenChat', { id: campaign.id })).rejects.toMatchObject(
      {
        error: { code: 'wrong_state' },
      },
    )
    await expect(
      callCore(core, 'campaigns.confirm', { itemId: open.itemId, outcome: 'sent' }),
    ).rejects.toMatchObject({ error: { code: 'wrong_state' } })
    const uncertain = await callCore<CampaignItemsPage>(core, 'campaigns.items', {
      id: campaign.id,
      state: 'uncertain',
    })
    expect(uncertain.rows.map((row) => row.id)).toEqual([open.itemId])
    // Still counted toward the limits until the owner says.
    expect(
      (await callCore<SenderUsage>(core, 'senders.usage', { id: sender.id })).sentLastHour,
    ).toBe(1)

    // Not sent: back in the queue; after the block the same person is asked again.
    await callCore(core, 'campaigns.resolve', { itemId: open.itemId, outcome: 'not_sent' })
    expect(
      (await callCore<SenderUsage>(core, 'senders.usage', { id: sender.id })).sentLastHour,
    ).toBe(0)
    clock.advance(24 * hourMs + 1)
    await callCore(core, 'campaigns.resume', { id: campaign.id })
    await test.answerAll(undefined, () =>
      Promise.resolve(asked.some((t) => t.itemId === open.itemId)),
    )
    const items = await callCore<CampaignItemsPage>(core, 'campaigns.items', { id: campaign.id })
    expect(items.rows.find((row) => row.id === open.itemId)?.state).toBe('sent')
  })

  it('ends a temporary block by itself, then the number warms up again as a young one', async () => {
    const test = await runningCampaigns()
    const { core, sender, campaign, clock } = test
    const usage = () => callCore<SenderUsage>(core, 'senders.usage', { id: sender.id })
    expect((await usage()).newChatsAllowed).toBe(250)
    const blockedAt = clock.now()
    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'temporary', hours: 48 })
    clock.advance(48 * hourMs + 1)
    expect((await callCore<Sender[]>(core, 'senders.list', {}))[0]?.block).toBeNull()

    const report = await callCore<BlockReport>(core, 'senders.blockReport', { id: sender.id })
    expect(report.current).toBeNull()
    expect(report.history.map((r) => r.endedAt)).toEqual([blockedAt + 48 * hourMs])
    // Warm-up again from the day the block ended (Thursday 3 December): 20 new chats a day.
    expect(report.warmUpFrom).toBe('2026-12-03')
    expect((await usage()).newChatsAllowed).toBe(20)
    // Still paused until the owner resumes; then it goes on.
    expect(await stateOf(test, campaign.id)).toBe('paused')
    await callCore(core, 'campaigns.resume', { id: campaign.id })
    expect(await stateOf(test, campaign.id)).toBe('running')
  })

  it('keeps a permanent block until the owner lifts it, and says what likely caused it', async () => {
    const test = await runningCampaigns()
    const { core, sender, campaign, clock } = test
    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'permanent' })
    clock.advance(10 * dayMs)
    const report = await callCore<BlockReport>(core, 'senders.blockReport', { id: sender.id })
    expect(report.current?.block).toMatchObject({ reason: 'reported_permanent', until: null })
    // The last campaign before the block: its people had consent, but it had no personal text…
    expect(report.causes.length).toBeGreaterThan(0)
    expect(report.causes.map((f) => f.key)).toContain('no_personalisation')

    await callCore(core, 'senders.liftBlock', { id: sender.id })
    const lifted = await callCore<BlockReport>(core, 'senders.blockReport', { id: sender.id })
    expect(lifted.current).toBeNull()
    expect(lifted.history[0]?.liftedAt).toBe(clock.now())
    await callCore(core, 'campaigns.resume', { id: campaign.id })
    expect(await stateOf(test, campaign.id)).toBe('running')
  })

  it('keeps one block when another comes while it lasts: a longer one takes over, a shorter one changes nothing', async () => {
    const { core, sender, clock } = await setUpAssistedCore(tempDir(), { book: bookOf(2) })
    const report = () => callCore<BlockReport>(core, 'senders.blockReport', { id: sender.id })
    const blockedAt = clock.now()
    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'temporary', hours: 24 })
    clock.advance(hourMs)
    // It turned permanent: one block since the first report, and it does not end by itself.
    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'permanent' })
    clock.advance(2 * dayMs)
    const permanent = await report()
    expect(permanent.history).toHaveLength(1)
    expect(permanent.current?.block).toMatchObject({
      reason: 'reported_permanent',
      at: blockedAt,
      until: null,
    })
    // A temporary block said later does not cut the permanent one short, nor add a row.
    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'temporary', hours: 24 })
    clock.advance(2 * dayMs)
    const [still] = await callCore<Sender[]>(core, 'senders.list', {})
    expect(still?.block).toMatchObject({ reason: 'reported_permanent', until: null })
    expect((await report()).history).toHaveLength(1)

    await callCore(core, 'senders.liftBlock', { id: sender.id })
    const lifted = await report()
    expect(lifted.history.map((r) => [r.liftedAt, r.endedAt])).toEqual([[clock.now(), clock.now()]])
    // The warm-up counts again from the day it was lifted (Saturday 5 December, Moscow).
    expect(lifted.warmUpFrom).toBe('2026-12-05')
  })

  it('refuses a block said to start in the future', async () => {
    const { core, sender, clock } = await setUpAssistedCore(tempDir(), { book: bookOf(2) })
    await expect(
      callCore(core, 'senders.reportBlock', {
        id: sender.id,
        kind: 'temporary',
        at: clock.now() + hourMs,
      }),
    ).rejects.toMatchObject({ error: { code: 'invalid_input' } })
  })
})
