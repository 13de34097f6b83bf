import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { Campaign } from '../../../shared/campaigns'
import type { ListSummary } from '../../../shared/lists'
import type { Forecast, RiskAssessment, RiskFix } from '../../../shared/risk'
import { databaseFileName } from '../create-core'
import { bookOf, setUpAssistedCore } from '../test-support/assisted-core'
import type { CloudApiTestServer } from '../test-support/cloud-api-server'
import { numberedBook, numberedPhone, setUpCloudCore } from '../test-support/cloud-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

const dayMs = 24 * 60 * 60 * 1000
const longText = `Здравствуйте! ${'Большое обновление ассортимента в нашем магазине. '.repeat(24)}`

describe('the meter on real data: a draft, its fixes, a running campaign and a number', () => {
  const tempDir = useTempDir()

  /** A number that began today, and 40 people of whom only the first 10 consented. */
  async function riskyDraft() {
    const test = await setUpAssistedCore(tempDir(), {
      book: bookOf(40, (i) => i < 10),
      startedOn: '2026-12-01',
      campaign: { text: longText, appendOptOut: false },
    })
    // The shop allows messages to people without a consent record: they are the cold ones.
    await callCore(test.core, 'settings.update', { broadcastWithoutConsent: true })
    const draftOf = (change: Record<string, unknown> = {}) => ({
      senderId: test.sender.id,
      listIds: [test.list.id],
      text: longText,
      appendOptOut: false,
      ...change,
    })
    const assess = (change?: Record<string, unknown>) =>
      callCore<RiskAssessment>(test.core, 'risk.draft', draftOf(change))
    return { ...test, assess }
  }
  const fixOf = (risk: RiskAssessment, kind: RiskFix['kind']) =>
    risk.factors.map((f) => f.fix).find((fix) => fix?.kind === kind)

  it('rates a long, impersonal draft without an opt-out to cold people on a new number high', async () => {
    const { assess } = await riskyDraft()
    const risk = await assess()
    expect(risk.level).toBe('high')
    expect(risk.refusals).toEqual([])
    const keys = risk.factors.map((f) => f.key)
    for (const key of [
      'cold_contacts',
      'sender_age',
      'no_opt_out',
      'message_length',
      'no_personalisation',
    ] as const) {
      expect(keys).toContain(key)
    }
    expect(risk.factors.find((f) => f.key === 'cold_contacts')?.value).toBeCloseTo(0.75)
  })

  it('drops when the clickable fixes are applied: opt-out line, a name, only people with consent', async () => {
    const { core, assess } = await riskyDraft()
    const before = await assess()
    const narrow = fixOf(before, 'narrow_to_consent')
    expect(narrow?.kind === 'narrow_to_consent' && narrow.contactIds).toHaveLength(10)
    expect(fixOf(before, 'add_opt_out')).toEqual({ kind: 'add_opt_out' })
    expect(fixOf(before, 'add_name')).toEqual({ kind: 'add_name' })

    const [consented] = await callCore<ListSummary[]>(core, 'lists.build', {
      selection: { contactIds: narrow?.kind === 'narrow_to_consent' ? narrow.contactIds : [] },
      name: 'С согласием',
    })
    const after = await assess({
      listIds: consented ? [consented.id] : [],
      appendOptOut: true,
      text: `{{first_name}}, ${longText}`,
    })
    expect(after.score).toBeLessThan(before.score - 30)
    expect(after.level).not.toBe('high')
    expect(after.factors.map((f) => f.key)).not.toContain('cold_contacts')
    expect(after.factors.map((f) => f.key)).not.toContain('no_opt_out')
  })

  it('sees a text greeting by name as personal even when the list begins with six Annas', async () => {
    const names = ['Анна Белова', 'Анна Волкова', 'Анна Громова', 'Анна Дёмина', 'Анна Ершова']
    const book = [
      'Name,Phone,Consent',
      ...[...names, 'Анна Жукова', 'Борис Зуев'].map(
        (name, i) => `${name},+7 916 ${String(2_000_000 + i)},да`,
      ),
    ].join('\n')
    const { core, sender, list } = await setUpAssistedCore(tempDir(), { book })
    const impersonal = (text: string) =>
      callCore<RiskAssessment>(core, 'risk.draft', {
        senderId: sender.id,
        listIds: [list.id],
        text,
      }).then((risk) => risk.factors.some((f) => f.key === 'no_personalisation'))
    expect(await impersonal('Здравствуйте! Новинки недели.')).toBe(true)
    expect(await impersonal('{{first_name}}, здравствуйте! Новинки недели.')).toBe(false)
  })

  it('is blocked, with the reason, while the number is blocked — the same rule that refuses the start', async () => {
    const { core, sender, campaign, assess } = await riskyDraft()
    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'permanent' })
    const risk = await assess()
    expect(risk.level).toBe('blocked')
    expect(risk.refusals).toEqual([{ key: 'sender_blocked', value: null, limit: null }])
    await expect(callCore(core, 'campaigns.start', { id: campaign.id })).rejects.toMatchObject({
      error: { code: 'sender_blocked' },
    })
  })

  it.each([
    ['a free number', 'none', []],
    ['a blocked number', 'blocked', ['sender_blocked']],
    ['gaps under 30 s, written into the database', 'short_gap', ['gap_under_minimum']],
  ] as const)(
    'shows blocked exactly when the start and the resume refuse: %s',
    async (_, trouble, keys) => {
      const dir = tempDir()
      const {
        core,
        sender,
        list,
        campaign: draft,
      } = await setUpAssistedCore(dir, {
        book: bookOf(4),
      })
      const paused = await callCore<Campaign>(core, 'campaigns.save', {
        name: 'Второй',
        senderId: sender.id,
        listIds: [list.id],
        text: 'Привет!',
      })
      await callCore(core, 'campaigns.start', { id: paused.id })
      await callCore(core, 'campaigns.pause', { id: paused.id })
      if (trouble === 'blocked') {
        await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'permanent' })
      } else if (trouble === 'short_gap') {
        const db = new Sqlite(join(dir, 'data', databaseFileName))
        db.prepare("UPDATE senders SET limits = json_set(limits, '$.gapMinSeconds', 29)").run()
        db.close()
      }
      for (const id of [draft.id, paused.id]) {
        const risk = await callCore<RiskAssessment>(core, 'risk.campaign', { id })
        expect(risk.level === 'blocked').toBe(keys.length > 0)
        expect(risk.refusals.map((r) => r.key)).toEqual(keys)
        const forecast = await callCore<Forecast>(core, 'risk.forecastCampaign', { id })
        expect(forecast.refusals.map((r) => r.key)).toEqual(keys)
      }
      const refused = async (name: string, id: number) =>
        callCore(core, name, { id }).then(
          () => false,
          () => true,
        )
      expect(await refused('campaigns.start', draft.id)).toBe(keys.length > 0)
      expect(await refused('campaigns.resume', paused.id)).toBe(keys.length > 0)
    },
  )

  it('judges a started campaign by the people still to message', async () => {
    // A number of day 0: 20 new chats a day, six used by the time it is judged.
    const test = await setUpAssistedCore(tempDir(), { book: bookOf(12), startedOn: '2026-12-01' })
    const { core, campaign } = test
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await test.answerAll(
      undefined,
      async () =>
        (await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).counts.sent >= 6,
    )
    const risk = await callCore<RiskAssessment>(core, 'risk.campaign', { id: campaign.id })
    // Six of twelve are left; they all had consent, so nobody is cold.
    expect(risk.factors.map((f) => f.key)).not.toContain('cold_contacts')
    // Its people and start are settled: no advice to change them (a draft would be told to
    // start tomorrow).
    expect(risk.factors.find((f) => f.key === 'new_chat_headroom')).toMatchObject({ fix: null })
    const draft = await callCore<RiskAssessment>(core, 'risk.draft', {
      senderId: test.sender.id,
      listIds: [test.list.id],
      text: 'Здравствуйте, {{first_name|друг}}!',
    })
    expect(draft.factors.find((f) => f.key === 'new_chat_headroom')?.fix?.kind).toBe('start_at')
  })

  it('judges a started campaign opened in the composer by the people still to message too', async () => {
    const test = await setUpAssistedCore(tempDir(), { book: bookOf(12), startedOn: '2026-12-01' })
    const { core, campaign, sender, list } = test
    await callCore(core, 'campaigns.start', { id: campaign.id })
    await test.answerAll(
      undefined,
      async () =>
        (await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).counts.sent >= 6,
    )
    const form = { id: campaign.id, senderId: sender.id, listIds: [list.id] }
    const text = 'Здравствуйте, {{first_name|друг}}!'
    expect(await callCore(core, 'risk.draft', { ...form, text })).toEqual(
      await callCore(core, 'risk.campaign', { id: campaign.id }),
    )
    // The edit of its text is what the meter reads.
    const shouting = await callCore<RiskAssessment>(core, 'risk.draft', {
      ...form,
      text: `${text} СКИДКА!!! СКИДКА!!!`,
    })
    expect(shouting.factors.map((f) => f.key)).toContain('shouting')
  })

  it('remembers a block that ended for 30 days on the number’s own meter', async () => {
    const { core, sender, clock } = await setUpAssistedCore(tempDir(), { book: bookOf(2) })
    const recentBlock = async () =>
      (await callCore<RiskAssessment>(core, 'risk.sender', { id: sender.id })).factors.find(
        (f) => f.key === 'recent_block',
      )
    expect(await recentBlock()).toBeUndefined()
    await callCore(core, 'senders.reportBlock', { id: sender.id, kind: 'temporary', hours: 24 })
    expect((await callCore<RiskAssessment>(core, 'risk.sender', { id: sender.id })).level).toBe(
      'blocked',
    )
    clock.advance(dayMs + 1)
    const justOver = await recentBlock()
    clock.advance(15 * dayMs)
    const halfway = await recentBlock()
    clock.advance(15 * dayMs)
    expect(justOver?.points).toBeGreaterThan(halfway?.points ?? Infinity)
    expect(await recentBlock()).toBeUndefined()
  })
})

describe('the meter on a Cloud API number', () => {
  const tempDir = useTempDir()
  const servers: CloudApiTestServer[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
  })

  it('counts a message Meta accepted and later failed once in the failure rate, not twice', async () => {
    const { core, server, sender, campaignWith, run } = await setUpCloudCore(tempDir(), servers, {
      book: numberedBook(20),
      fast: true,
    })
    for (const i of [0, 1, 2, 3]) server.setFate(numberedPhone(i), { async: { failed: 131026 } })
    await callCore(core, 'campaigns.start', { id: (await campaignWith('spring_sale')).id })
    await run(60 * 60_000)
    await callCore(core, 'cloud.refreshStatuses', { senderId: sender.id })
    const risk = await callCore<RiskAssessment>(core, 'risk.sender', { id: sender.id })
    // 4 of 20 tried failed: 20 %, the rate at which the factor is full.
    expect(risk.factors.find((f) => f.key === 'failure_rate')).toMatchObject({
      value: 0.2,
      points: 8,
    })
  })
})
