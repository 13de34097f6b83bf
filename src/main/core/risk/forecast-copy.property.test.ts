// The forecast copies only the part of the book its simulation reads (forecast-copy.ts). On random
// small books — people who may or may not be messaged, opt-outs made after the start, a campaign
// half sent with the owner being asked about someone, limits, windows and a young number — it must
// give exactly what the simulation on a copy of the whole file gives. The books also hold what the
// copy must pick out of the rest: an older book's second live row of the number, another number, a
// second running campaign on another list, people outside the lists, second numbers (opted out),
// marketing holds, a block, and older ledger rows (days back, and around the day's cut-off).
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Campaign } from '../../../shared/campaigns'
import type { Capabilities } from '../capabilities'
import { bookOf, setUpAssistedCore } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { echoToleranceMs } from '../scheduler/echo'
import type { ListDetail } from '../../../shared/lists'
import type { ContactPage } from '../../../shared/contacts'
import type { Sender } from '../../../shared/senders'
import { writeFileSync } from 'node:fs'
import { importFile } from '../test-support/import-file'
import { seededRandom } from '../scheduler/pacing'
import { createForecaster, type ForecastTarget } from './forecast'

const scenario = fc.record({
  people: fc.integer({ min: 2, max: 30 }),
  withoutConsent: fc.array(fc.nat({ max: 29 }), { maxLength: 6 }),
  optedOutAfterStart: fc.array(fc.nat({ max: 29 }), { maxLength: 4 }),
  startedOn: fc.constantFrom('2026-12-01', '2026-11-25', '2025-01-01'),
  perHour: fc.constantFrom(3, 20, 50),
  newChatsPerDay: fc.constantFrom(0, 5, 250),
  activeChats: fc.constantFrom(4, 1000),
  window: fc.constantFrom(
    { start: '10:00', end: '20:00', days: [1, 2, 3, 4, 5, 6] },
    { start: '09:30', end: '11:00', days: [2, 4] },
  ),
  // How many of the clock's steps the campaign runs for before the forecast is asked.
  steps: fc.nat({ max: 30 }),
  seed: fc.nat({ max: 1000 }),
  // What the copy must pick out of the rest of the book.
  duplicateSender: fc.boolean(),
  otherCampaign: fc.boolean(),
  outsiders: fc.nat({ max: 5 }),
  secondNumbers: fc.array(fc.nat({ max: 29 }), { maxLength: 4 }),
  secondNumbersOptedOut: fc.array(fc.nat({ max: 29 }), { maxLength: 3 }),
  held: fc.array(fc.nat({ max: 29 }), { minLength: 1, maxLength: 4 }),
  block: fc.constantFrom('none', 'lifted', 'temporary'),
  // Ledger rows before the run: [person or someone else, seconds before now].
  ledger: fc.array(
    fc.tuple(
      fc.integer({ min: -1, max: 29 }),
      fc.oneof(
        fc.integer({ min: 86_400 + 1, max: 10 * 86_400 }),
        fc.integer({ min: 60, max: 86_400 }),
      ),
    ),
    { maxLength: 8 },
  ),
  // Ledger rows to someone else around the day's cut-off (ms after it): the echo check reads them.
  nearCutOff: fc.subarray([-1000, 0, 1000, -echoToleranceMs - 1]),
})

const number = (i: number) => `+7916${String(10_000_000 + i).slice(1)}`
const secondNumber = (i: number) => `+7926${String(10_000_000 + i).slice(1)}`
const someoneElse = (i: number) => `+7999${String(10_000_000 + i).slice(1)}`
const dayMs = 86_400_000

describe('the forecast on the part of the book it reads', { timeout: 300_000 }, () => {
  const tempDir = useTempDir()

  it('gives what the simulation on a copy of the whole book gives', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const dir = tempDir()
        const test = await setUpAssistedCore(dir, {
          book: bookOf(s.people, (i) => !s.withoutConsent.includes(i)),
          startedOn: s.startedOn,
          seed: s.seed,
        })
        const { core, clock, sender, list } = test
        const inBook = (i: number) => i < s.people
        // People outside every list, and another number of the shop with its own campaign.
        if (s.outsiders > 0) {
          const csv = join(dir, 'outsiders.csv')
          writeFileSync(
            csv,
            ['Name,Phone,Consent']
              .concat(
                Array.from(
                  { length: s.outsiders },
                  (_, i) => `Чужой ${String(i)},${someoneElse(i)},да`,
                ),
              )
              .join('\n'),
          )
          await importFile(core, csv)
        }
        const other = await callCore<Sender>(core, 'senders.save', {
          label: 'Склад',
          phone: '8 903 000-00-01',
          startedOn: '2025-01-01',
          timeZone: 'Europe/Moscow',
        })
        await callCore(core, 'senders.save', {
          id: sender.id,
          label: sender.label,
          phone: '8 903 000-00-00',
          startedOn: s.startedOn,
          timeZone: 'Europe/Moscow',
          window: s.window,
          limits: {
            ...sender.limits,
            perHour: s.perHour,
            newChatsPerDay: s.newChatsPerDay,
            activeChats: s.activeChats,
          },
        })
        await callCore(core, 'campaigns.start', { id: test.campaign.id })
        const everyone = (await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })).rows
        const otherList = await callCore<ListDetail>(core, 'lists.create', {
          name: 'Половина',
          contactIds: everyone.filter((_, i) => i % 2 === 1 || i === 0).map((r) => r.id),
        })
        await callCore(core, 'campaigns.save', {
          name: 'Склад',
          senderId: other.id,
          listIds: [otherList.id],
          text: 'Склад',
        })
        if (s.otherCampaign) {
          const second = await callCore<Campaign>(core, 'campaigns.save', {
            name: 'Второй',
            senderId: sender.id,
            listIds: [otherList.id],
            text: 'Второй',
          })
          await callCore(core, 'campaigns.start', { id: second.id })
        }
        // Part of the campaign goes out; the last person may still be being asked about.
        for (let step = 0; step < s.steps; step += 1) {
          const task = test.asked.shift()
          if (task) {
            await callCore(core, 'campaigns.confirm', { itemId: task.itemId, outcome: 'sent' })
            continue
          }
          const next = clock.nextTimerAt()
          if (next === null) break
          clock.advance(next - clock.now())
        }
        const optOuts = s.optedOutAfterStart.filter((i) => i < s.people).map(number)
        if (optOuts.length > 0)
          await callCore(core, 'optOuts.addNumbers', { text: optOuts.join('\n'), note: '' })
        // What the app's calls do not make: written into the book as it could be.
        const writable = new Sqlite(join(dir, 'data', 'rupor.db'))
        try {
          const now = clock.now()
          if (s.duplicateSender) {
            // As an older version left it (migration 0080 keeps both rows live).
            const guard = 'senders_one_live_per_phone_on_insert'
            const trigger = writable
              .prepare<[string], string>('SELECT sql FROM sqlite_schema WHERE name = ?')
              .pluck()
              .get(guard)
            writable.exec(`DROP TRIGGER ${guard}`)
            const columns = writable
              .prepare<[], string>(
                "SELECT name FROM pragma_table_info('senders') WHERE name <> 'id'",
              )
              .pluck()
              .all()
              .join(', ')
            writable
              .prepare(
                `INSERT INTO senders (${columns}) SELECT ${columns} FROM senders WHERE id = ?`,
              )
              .run(sender.id)
            writable.exec(trigger ?? '')
          }
          const rows = writable
            .prepare<[number], number>(
              'SELECT id FROM senders WHERE phone = (SELECT phone FROM senders WHERE id = ?) ORDER BY id',
            )
            .pluck()
            .all(sender.id)
          const addLedger = writable.prepare(
            `INSERT INTO send_ledger (sender_id, e164, at, new_chat, state) VALUES (?, ?, ?, 1, ?)`,
          )
          s.ledger.forEach(([who, secondsAgo], k) => {
            const to = who >= 0 && inBook(who) ? number(who) : someoneElse(10 + k)
            addLedger.run(
              rows[k % rows.length],
              to,
              now - secondsAgo * 1000,
              k % 5 === 4 ? 'not_sent' : 'sent',
            )
            addLedger.run(other.id, to, now - secondsAgo * 1000 + 500, 'sent')
          })
          for (const ms of s.nearCutOff)
            addLedger.run(sender.id, someoneElse(40), now - dayMs + ms, 'sent')
          const addPhone = writable.prepare(
            `INSERT INTO contact_phones (contact_id, position, e164, raw, kind, is_primary)
             SELECT contact_id, 9, ?, ?, 'mobile', 0 FROM contact_phones WHERE e164 = ?`,
          )
          for (const i of new Set([...s.secondNumbers, ...s.secondNumbersOptedOut].filter(inBook)))
            addPhone.run(secondNumber(i), secondNumber(i), number(i))
          const addHold = writable.prepare(
            'INSERT OR IGNORE INTO marketing_holds (e164, until, code, at) VALUES (?, ?, 131049, ?)',
          )
          for (const i of s.held.filter(inBook))
            addHold.run(number(i), now + (i + 1) * 6 * 3_600_000, now)
          if (s.held.length > 0) {
            // Holds count only in a campaign that sends a marketing template.
            writable.prepare('UPDATE campaigns SET template = ? WHERE id = ?').run(
              JSON.stringify({
                name: 'sale',
                language: 'ru',
                category: 'MARKETING',
                parameterFormat: 'positional',
                header: null,
                body: 'Скидки',
                footer: null,
                buttons: [],
                placeholders: [],
                params: {},
              }),
              test.campaign.id,
            )
          }
          if (s.block !== 'none') {
            const block = {
              reason: 'reported_temporary',
              code: null,
              message: '',
              at: now - dayMs,
              until: now + 5 * 3_600_000,
            }
            writable
              .prepare(
                'INSERT INTO sender_blocks (sender_id, block, at, until, lifted_at) VALUES (?, ?, ?, ?, ?)',
              )
              .run(
                sender.id,
                JSON.stringify(block),
                block.at,
                block.until,
                s.block === 'lifted' ? now - 3_600_000 : null,
              )
          }
        } finally {
          writable.close()
        }
        const secondOptOuts = s.secondNumbersOptedOut.filter(inBook).map(secondNumber)
        if (secondOptOuts.length > 0)
          await callCore(core, 'optOuts.addNumbers', { text: secondOptOuts.join('\n'), note: '' })
        const draft = await callCore<Campaign>(core, 'campaigns.save', {
          name: 'Ещё',
          senderId: sender.id,
          listIds: [list.id],
          text: 'Привет!',
        })

        const book = new Sqlite(join(dir, 'data', 'rupor.db'), { readonly: true })
        try {
          const forecasterOf = (copy: 'scope' | 'whole') =>
            createForecaster({
              db: book,
              clock,
              policy: () => ({ broadcastWithoutConsent: false }),
              defaultCountry: () => 'RU',
              cloudOf: () => null,
              capabilities: {} as Capabilities,
              shopName: () => '',
              random: () => seededRandom(s.seed),
              copy,
            })
          const targets: ForecastTarget[] = [
            { kind: 'campaign', id: test.campaign.id },
            { kind: 'campaign', id: draft.id },
            { kind: 'sender', id: sender.id },
            {
              kind: 'draft',
              draft: {
                senderId: sender.id,
                listIds: [list.id],
                text: 'Привет!',
                appendOptOut: true,
                optOutLine: '',
                utm: true,
                utmCampaign: '',
                language: 'ru',
                startAt: null,
                template: null,
                way: 'paced',
              },
            },
          ]
          for (const target of targets) {
            expect(await forecasterOf('scope').forecast(target)).toEqual(
              await forecasterOf('whole').forecast(target),
            )
          }
        } finally {
          book.close()
          core.close()
        }
      }),
      { numRuns: 16, seed: 18 },
    )
  })
})
