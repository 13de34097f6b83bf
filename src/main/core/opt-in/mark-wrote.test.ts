import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ConsentState, Contact, ContactPage, SavedNumberState } from '../../../shared/contacts'
import type { OptInMarkPlan } from '../../../shared/opt-in'
import { closeDatabase, openDatabase } from '../db/open-database'
import { createContactsRepository } from '../contacts/contacts-repository'
import { createOptOutStore } from '../opt-outs/opt-out-store'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { FakeClock } from '../time/fake-clock'
import { markWrote, planMarkWrote } from './mark-wrote'

const book = [
  'Name,Phone,Consent',
  'Анна Петрова,+79161234567,да',
  'Иван Смирнов,8 903 123-45-67,',
  'Ольга Попова,+79262223344,нет',
  'Пётр Орлов,+79265556677,',
].join('\n')

describe('marking those who wrote after scanning the QR', () => {
  const tempDir = useTempDir()

  async function setup() {
    const dir = tempDir()
    const { core, clock } = createTestCore(join(dir, 'data'))
    const path = join(dir, 'клиенты.csv')
    writeFileSync(path, book)
    await importFile(core, path)
    await callCore(core, 'optOuts.addNumbers', { text: '+79265556677', note: '' })
    const byName = async (name: string) => {
      const page = await callCore<ContactPage>(core, 'contacts.query', { search: name })
      const row = page.rows.find((r) => r.name === name)
      if (!row) throw new Error(`${name} missing`)
      return callCore<Contact>(core, 'contacts.get', { id: row.id })
    }
    return { core, clock, byName }
  }

  const pasted = [
    '8 (903) 123-45-67',
    'Мария 8 999 111-22-33',
    '+7 926 555-66-77',
    'позвонить завтра',
    '+79262223344',
    '89161234567, 123',
  ].join('\n')

  it('previews each number’s fate, new ones and lines that are not numbers included, writing nothing', async () => {
    const { core, byName } = await setup()
    const plan = await callCore<OptInMarkPlan>(core, 'optIn.previewWrote', {
      text: pasted,
      language: 'ru',
    })
    expect(plan.existing.map((p) => [p.name, p.line, p.alreadyMarked])).toEqual([
      ['Иван Смирнов', 1, false],
      ['Анна Петрова', 6, false],
    ])
    expect(plan.added).toEqual([{ e164: '+79991112233', name: 'Мария', line: 2 }])
    expect(plan.optedOut).toEqual([{ e164: '+79265556677', name: 'Пётр Орлов', line: 3 }])
    expect(plan.consentWithdrawn).toEqual([{ e164: '+79262223344', name: 'Ольга Попова', line: 5 }])
    expect(plan.notNumbers).toEqual([{ line: 4, raw: 'позвонить завтра', reason: 'no_digits' }])
    expect((await byName('Иван Смирнов')).consent).toBe('unknown')
    const page = await callCore<ContactPage>(core, 'contacts.query', {})
    expect(page.total).toBe(4)
  })

  it('marks consent «QR-код», the number likely saved and chatting; adds new numbers; leaves opt-outs', async () => {
    const { core, clock, byName } = await setup()
    clock.advance(60_000)
    const outcome = await callCore<OptInMarkPlan>(core, 'optIn.markWrote', {
      text: pasted,
      language: 'ru',
    })
    expect(outcome.existing).toHaveLength(2)
    expect(outcome.added).toHaveLength(1)

    const ivan = await byName('Иван Смирнов')
    expect(ivan).toMatchObject({
      consent: 'granted',
      consentSource: 'QR-код',
      consentAt: clock.now(),
      savedNumber: 'likely',
      savedNumberSource: 'qr',
      savedNumberAt: clock.now(),
      chatsWithShop: true,
    })
    // Anna had agreed before: her own source and date stay.
    const anna = await byName('Анна Петрова')
    expect(anna.consentSource).not.toBe('QR-код')
    expect(anna).toMatchObject({ consent: 'granted', savedNumber: 'likely', chatsWithShop: true })

    const maria = await byName('Мария')
    expect(maria).toMatchObject({
      consent: 'granted',
      consentSource: 'QR-код',
      savedNumber: 'likely',
      savedNumberSource: 'qr',
      chatsWithShop: true,
      optedOut: false,
    })
    expect(maria.phones.map((p) => p.e164)).toEqual(['+79991112233'])

    const petr = await byName('Пётр Орлов')
    expect(petr).toMatchObject({ optedOut: true, chatsWithShop: false, savedNumber: 'unknown' })
    expect((await byName('Ольга Попова')).consent).toBe('withdrawn')

    // Pasting the same again changes nothing more and says they are marked already.
    const again = await callCore<OptInMarkPlan>(core, 'optIn.previewWrote', {
      text: pasted,
      language: 'ru',
    })
    expect(again.existing.every((p) => p.alreadyMarked)).toBe(true)
    expect(again.existing.map((p) => p.name)).toContain('Мария')
    expect(again.added).toEqual([])
  })

  it('names a new contact by the number when no name was typed, and writes the source in English', async () => {
    const { core, byName } = await setup()
    await callCore(core, 'optIn.markWrote', { text: '+7 999 000-11-22', language: 'en' })
    expect(await byName('+79990001122')).toMatchObject({
      consentSource: 'QR code',
      savedNumber: 'likely',
    })
  })

  it('never takes a number off the opt-out list and never downgrades a "yes", whatever is pasted', () => {
    const dir = tempDir()
    const numbers = Array.from({ length: 8 }, (_, i) => `+7916000000${String(i)}`)
    const contact = fc.record({
      saved: fc.constantFrom<SavedNumberState>('yes', 'likely', 'no', 'unknown'),
      consent: fc.constantFrom('granted' as const, 'unknown' as const, 'withdrawn' as const),
      optedOut: fc.boolean(),
      inBook: fc.boolean(),
    })
    // One database; each case runs in a transaction rolled back after it.
    const { db } = openDatabase({ file: join(dir, 'property.db'), now: 0 })
    const repository = createContactsRepository(db)
    const optOuts = createOptOutStore(db)
    fc.assert(
      fc.property(
        fc.array(contact, { minLength: numbers.length, maxLength: numbers.length }),
        fc.array(fc.nat({ max: numbers.length - 1 }), { maxLength: 12 }),
        fc.constantFrom('ru' as const, 'en' as const),
        (people, picks, language) => {
          db.exec('BEGIN')
          try {
            check(people, picks, language)
          } finally {
            db.exec('ROLLBACK')
          }
        },
      ),
      { numRuns: 100 },
    )
    closeDatabase(db)

    function check(
      people: {
        saved: SavedNumberState
        consent: ConsentState
        optedOut: boolean
        inBook: boolean
      }[],
      picks: number[],
      language: 'ru' | 'en',
    ): void {
      const clock = new FakeClock(1_000_000)
      people.forEach((person, i) => {
        const e164 = numbers[i] ?? ''
        if (person.inBook) {
          const id = repository.insert(
            {
              name: `Клиент ${String(i)}`,
              firstName: '',
              middleName: '',
              lastName: '',
              email: '',
              notes: '',
              phones: [{ e164, raw: e164, kind: 'mobile', label: '', primary: true }],
              tags: [],
              consent: person.consent,
              consentSource: '',
              consentAt: null,
              flag: null,
            },
            0,
          )
          db.prepare('UPDATE contacts SET saved_number = ? WHERE id = ?').run(person.saved, id)
        }
        if (person.optedOut) optOuts.add(e164, 'manual_entry', '', 0)
      })
      const optedBefore = db.prepare('SELECT e164 FROM opt_outs ORDER BY e164').pluck().all()
      const yesBefore = db
        .prepare("SELECT id FROM contacts WHERE saved_number = 'yes' ORDER BY id")
        .pluck()
        .all()
      const text = picks.map((i) => numbers[i]).join('\n')
      const plan = planMarkWrote(db, text, 'RU')
      const outcome = text === '' ? plan : markWrote(db, clock, { text, country: 'RU', language })
      expect(outcome).toEqual(plan)

      expect(db.prepare('SELECT e164 FROM opt_outs ORDER BY e164').pluck().all()).toEqual(
        optedBefore,
      )
      const yesAfter = db
        .prepare("SELECT id FROM contacts WHERE saved_number = 'yes' ORDER BY id")
        .pluck()
        .all()
      expect(yesAfter).toEqual(yesBefore)
      // Nobody opted out or withdrawn was marked.
      const untouched = db
        .prepare(
          `SELECT count(*) FROM contacts c WHERE c.chats_with_shop = 1 AND (c.consent = 'withdrawn'
                 OR EXISTS (SELECT 1 FROM contact_phones p JOIN opt_outs o ON o.e164 = p.e164
                   WHERE p.contact_id = c.id))`,
        )
        .pluck()
        .get()
      expect(untouched).toBe(0)
      // Everyone else pasted now may be reached by a phone broadcast.
      for (const person of [...outcome.existing, ...outcome.added]) {
        const row = db
          .prepare<[string], { consent: string; saved_number: string; chats_with_shop: number }>(
            `SELECT c.consent, c.saved_number, c.chats_with_shop FROM contacts c
                 JOIN contact_phones p ON p.contact_id = c.id WHERE p.e164 = ?`,
          )
          .get(person.e164)
        expect(row?.consent).toBe('granted')
        expect(['yes', 'likely']).toContain(row?.saved_number)
        expect(row?.chats_with_shop).toBe(1)
      }
    }
  })
})
