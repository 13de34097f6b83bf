// {{shop}} in a campaign's text: the shop's name from Settings, and never a gap where it is not set.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type { AssistedTask, Campaign } from '../../../shared/campaigns'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { Sender } from '../../../shared/senders'
import { seededRandom } from '../scheduler/pacing'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'

const book = ['Name,Phone,Consent', 'Анна Петрова,+7 916 111-11-11,да', 'Борис,+7 916 222-22-22,да']
/** Tuesday 1 December 2026, 11:00 in Moscow: inside the default window. */
const tuesdayMorning = DateTime.fromISO('2026-12-01T11:00', { zone: 'Europe/Moscow' }).toMillis()

describe('{{shop}} in a campaign', () => {
  const tempDir = useTempDir()

  async function setup(text: string) {
    const dir = tempDir()
    const test = createTestCore(join(dir, 'data'), new FakeClock(tuesdayMorning), seededRandom(5))
    const { core } = test
    writeFileSync(join(dir, 'book.csv'), book.join('\n'))
    await importFile(core, join(dir, 'book.csv'))
    const ids = (await callCore<ContactPage>(core, 'contacts.query', {})).rows.map((r) => r.id)
    const list = await callCore<ListDetail>(core, 'lists.create', { name: 'Все', contactIds: ids })
    const sender = await callCore<Sender>(core, 'senders.save', {
      label: 'Магазин',
      phone: '8 903 000-00-00',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
    })
    const tasks: AssistedTask[] = []
    core.events.subscribe((m) => {
      if (m.name === 'campaigns.task') tasks.push(m.payload)
    })
    const campaign = await callCore<Campaign>(core, 'campaigns.save', {
      name: 'Декабрь',
      senderId: sender.id,
      listIds: [list.id],
      text,
      appendOptOut: false,
      utm: false,
    })
    return { ...test, campaign, tasks }
  }

  it('is filled with the shop’s name from Settings', async () => {
    const { core, campaign, tasks } = await setup('{{first_name|Здравствуйте}}, это {{shop}}!')
    await callCore(core, 'settings.update', { shopName: '  Цветы на Садовой ' })
    await callCore(core, 'campaigns.start', { id: campaign.id })
    expect(tasks[0]?.text).toBe('Анна, это Цветы на Садовой!')
  })

  it('refuses the start and the test send while Settings has no shop name, and sends nothing', async () => {
    const { core, campaign, tasks, opened } = await setup('Это {{shop}}: новинки')
    await expect(callCore(core, 'campaigns.start', { id: campaign.id })).rejects.toMatchObject({
      error: { code: 'shop_name_missing' },
    })
    await expect(callCore(core, 'campaigns.testSend', { id: campaign.id })).rejects.toMatchObject({
      error: { code: 'shop_name_missing' },
    })
    expect(tasks).toEqual([])
    expect(opened).toEqual([])
    expect((await callCore<Campaign>(core, 'campaigns.get', { id: campaign.id })).state).toBe(
      'draft',
    )
  })

  it('starts without a shop name when the placeholder says what to write instead', async () => {
    const { core, campaign, tasks } = await setup('Это {{shop|ваш цветочный}}: новинки')
    await callCore(core, 'campaigns.start', { id: campaign.id })
    expect(tasks[0]?.text).toBe('Это ваш цветочный: новинки')
  })
})
