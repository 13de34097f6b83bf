import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { DownloadFile } from '../../../shared/contacts'
import type {
  OptOutAddOutcome,
  OptOutEntry,
  OptOutPage,
  optOutQuerySchema,
  OptOutSource,
} from '../../../shared/opt-outs'
import type { CountryCode, Language } from '../../../shared/settings'
import { fileProblemToCoreError } from '../contacts/import/file-problem'
import { removeLeftUploads } from '../contacts/import/upload-store'
import { normalizePhone } from '../contacts/phone/normalize-phone'
import { foldText } from '../contacts/search-text'
import type { Clock } from '../time/clock'
import { numbersInFile } from './numbers-in-file'
import { numbersInText, type ReadNumbers } from './numbers-in-text'
import { optOutsToCsv } from './opt-outs-csv'
import { createOptOutStore } from './opt-out-store'

type OptOutQuery = z.output<typeof optOutQuerySchema>

interface EntryRow {
  e164: string
  created_at: number
  source: OptOutSource
  note: string
  linked_from: string | null
  contact_id: number | null
  contact_name: string | null
}

const entrySql = `
  SELECT o.e164, o.created_at, o.source, o.note, o.linked_from,
    c.id AS contact_id, c.name AS contact_name
  FROM opt_outs o
  LEFT JOIN contact_phones p ON p.e164 = o.e164
  LEFT JOIN contacts c ON c.id = p.contact_id`

const toEntry = (row: EntryRow): OptOutEntry => ({
  e164: row.e164,
  createdAt: row.created_at,
  source: row.source,
  note: row.note,
  linkedFrom: row.linked_from,
  contactId: row.contact_id,
  contactName: row.contact_name,
})

/**
 * The suppression list: numbers that are never messaged. Keyed by number and apart from the
 * contact book, so deleting a contact, importing it again or editing its number leaves it here.
 */
export function createOptOutsService(options: {
  db: Database
  clock: Clock
  dataDir: string
  defaultCountry: () => CountryCode
}) {
  const { db, clock, defaultCountry } = options
  const store = createOptOutStore(db)
  // A file of numbers is written here only while it is read; one a kill left is removed.
  const uploadDir = join(options.dataDir, 'uploads')
  mkdirSync(uploadDir, { recursive: true })
  removeLeftUploads(uploadDir)
  const ownerOf = db.prepare<[string], { contact_id: number }>(
    'SELECT contact_id FROM contact_phones WHERE e164 = ?',
  )

  /** The one way in, for every caller: the UI, an import, and later the channels. */
  function optOut(
    e164s: readonly string[],
    source: OptOutSource,
    note: string,
  ): { added: number; alreadyOptedOut: number } {
    const now = clock.now()
    let added = 0
    db.transaction(() => {
      for (const e164 of e164s) {
        if (store.add(e164, source, note, now)) added += 1
        const owner = ownerOf.get(e164)
        if (owner) store.carryWithinContact(owner.contact_id, now)
      }
    })()
    return { added, alreadyOptedOut: e164s.length - added }
  }

  const outcome = (read: ReadNumbers, source: OptOutSource, note: string): OptOutAddOutcome => ({
    ...optOut(read.numbers, source, note),
    rejected: read.rejected,
  })

  return {
    optOut,

    query({ search, source, offset, limit }: OptOutQuery): OptOutPage {
      const clauses: string[] = []
      const params: (string | number)[] = []
      if (search !== '' && /^[\d\s()+\-.]+$/.test(search)) {
        // A whole number in any spelling ("8 916 …") is found by its E.164 form; a part by its digits.
        const whole = normalizePhone(search, defaultCountry())
        clauses.push('instr(o.e164, ?) > 0')
        params.push(whole.ok ? whole.e164.slice(1) : search.replace(/\D/g, ''))
      } else if (search !== '') {
        clauses.push('instr(c.sort_key, ?) > 0')
        params.push(foldText(search))
      }
      if (source) {
        clauses.push('o.source = ?')
        params.push(source)
      }
      const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''
      const total = (
        db.prepare(`SELECT count(*) AS n FROM (${entrySql} ${where})`).get(...params) as {
          n: number
        }
      ).n
      const rows = db
        .prepare(`${entrySql} ${where} ORDER BY o.created_at DESC, o.e164 LIMIT ? OFFSET ?`)
        .all(...params, limit, offset) as EntryRow[]
      return { total, offset, rows: rows.map(toEntry) }
    },

    addNumbers(text: string, note: string): OptOutAddOutcome {
      return outcome(numbersInText(text, defaultCountry()), 'manual_entry', note)
    },

    /** "Does not want messages" on a contact card or a selection: every number of each. */
    addContacts(ids: readonly number[], note: string): OptOutAddOutcome {
      const numbers = db
        .prepare<[string], { e164: string }>(
          'SELECT e164 FROM contact_phones WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, position',
        )
        .all(JSON.stringify(ids))
        .map((row) => row.e164)
      return outcome({ numbers, rejected: [] }, 'contact_card', note)
    },

    async importFile(base64: string, note: string): Promise<OptOutAddOutcome> {
      try {
        const read = await numbersInFile(
          join(uploadDir, `opt-outs-${randomUUID()}.upload`),
          Buffer.from(base64, 'base64'),
          defaultCountry(),
        )
        return outcome(read, 'imported_list', note)
      } catch (error) {
        throw fileProblemToCoreError(error)
      }
    },

    /** Only after the person asked to receive messages again; recorded with the date and note. */
    resubscribe(e164s: readonly string[], note: string): { removed: number } {
      const now = clock.now()
      let removed = 0
      db.transaction(() => {
        for (const e164 of new Set(e164s)) if (store.resubscribe(e164, note, now)) removed += 1
      })()
      return { removed }
    },

    exportCsv(language: Language): DownloadFile {
      const rows = (
        db.prepare(`${entrySql} ORDER BY o.created_at, o.e164`).all() as EntryRow[]
      ).map(toEntry)
      const day = new Date(clock.now()).toISOString().slice(0, 10)
      return {
        fileName: `rupor-opt-outs-${day}.csv`,
        mimeType: 'text/csv',
        content: optOutsToCsv(rows, language),
      }
    },
  }
}
export type OptOutsService = ReturnType<typeof createOptOutsService>
