import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type {
  Contact,
  ContactPhone,
  contactExportSchema,
  contactTagSchema,
  contactUpdateSchema,
  DeleteOutcome,
  DownloadFile,
  TagCount,
} from '../../../shared/contacts'
import { listCapacity } from '../../../shared/lists'
import type { CountryCode } from '../../../shared/settings'
import { invalidInput, notFound } from '../errors'
import { joinedInTurns } from '../export/next-turn'
import type { Clock } from '../time/clock'
import type { ContactRecord } from './contact-record'
import { createContactQuery, type ParsedContactQuery } from './contact-query'
import { createContactsRepository, type ContactSideFacts } from './contacts-repository'
import { matchingIds, selectedIds, type ParsedSelector } from './contact-selection'
import { contactCells } from './contact-cells'
import { contactCsvPieces } from './export-csv'
import { flagOf, uniqueTags } from './merge-contact'
import { normalizePhone } from './phone/normalize-phone'
import { foldText } from './search-text'

type ContactUpdate = z.output<typeof contactUpdateSchema>
/** The tags to change on contacts already resolved to ids (see `idsOf`). */
type ContactTagging = Omit<z.output<typeof contactTagSchema>, 'ids' | 'matching'> & {
  ids: number[]
}
type ContactExport = z.output<typeof contactExportSchema>

const maxUndoAgeMs = 7 * 24 * 60 * 60 * 1000

interface SavedMembership {
  listId: number
  position: number
  addedAt: number
}
/**
 * A deleted contact as kept for undo; `lists` is absent in payloads saved before lists existed,
 * `facts` in those saved before "saved our number" was kept.
 */
type SavedContact = ContactRecord & {
  createdAt: number
  lists?: SavedMembership[]
  facts?: ContactSideFacts
}

export function createContactsService(
  db: Database,
  clock: Clock,
  defaultCountry: () => CountryCode,
) {
  const repo = createContactsRepository(db)
  const queryContacts = createContactQuery(db)

  const require = (id: number) => {
    const record = repo.load(id)
    if (!record) throw notFound(`There is no contact ${id}.`)
    return record
  }

  /** Normalises the numbers of an edit; every bad one is named, nothing is saved then. */
  function phonesOf(update: ContactUpdate, current: ContactRecord): ContactPhone[] {
    if (!update.phones) return current.phones
    const issues: { path: string; message: string }[] = []
    const phones: ContactPhone[] = []
    update.phones.forEach((entry, index) => {
      const result = normalizePhone(entry.raw, defaultCountry())
      if (!result.ok) {
        issues.push({ path: `phones.${index}.raw`, message: result.reason })
        return
      }
      if (phones.some((p) => p.e164 === result.e164)) return
      const owner = repo.findByPhones([result.e164])
      if (owner !== undefined && owner !== update.id) {
        issues.push({ path: `phones.${index}.raw`, message: 'belongs_to_other_contact' })
        return
      }
      phones.push({
        e164: result.e164,
        raw: entry.raw,
        kind: result.kind,
        label: entry.label,
        primary: false,
      })
    })
    if (issues.length > 0) throw invalidInput('Some numbers cannot be used.', issues)
    const wanted = update.primary ? normalizePhone(update.primary, defaultCountry()) : undefined
    const sendable = (p: ContactPhone) => p.kind === 'mobile' || p.kind === 'fixed_or_mobile'
    const primary =
      (wanted?.ok ? phones.find((p) => p.e164 === wanted.e164 && sendable(p)) : undefined) ??
      phones.find((p) => p.kind === 'mobile') ??
      phones.find(sendable)
    return phones.map((p) => ({ ...p, primary: p === primary }))
  }

  return {
    query: (query: ParsedContactQuery) => queryContacts(query),

    /** The ids a bulk action is for: those ticked, or everyone «Выбрать всё» took. */
    idsOf: (selector: ParsedSelector): number[] => selectedIds(db, selector),

    get(id: number): Contact {
      const contact = repo.toContact(id)
      if (!contact) throw notFound(`There is no contact ${id}.`)
      return contact
    },

    update(update: ContactUpdate): Contact {
      const now = clock.now()
      db.transaction(() => {
        const current = require(update.id)
        const phones = phonesOf(update, current)
        const firstName = update.firstName ?? current.firstName
        const middleName = update.middleName ?? current.middleName
        const lastName = update.lastName ?? current.lastName
        const consentChanged = update.consent !== undefined && update.consent !== current.consent
        const next: ContactRecord = {
          ...current,
          firstName,
          middleName,
          lastName,
          name: update.name ?? current.name,
          email: update.email ?? current.email,
          notes: update.notes ?? current.notes,
          tags: update.tags ? uniqueTags(update.tags) : current.tags,
          phones,
          consent: update.consent ?? current.consent,
          consentSource: consentChanged ? 'edited' : current.consentSource,
          consentAt: consentChanged ? now : current.consentAt,
          flag: flagOf(phones),
        }
        if (next.name.trim() === '')
          next.name = [firstName, middleName, lastName].filter(Boolean).join(' ')
        repo.update(update.id, next, now)
        if (update.chatsWithShop !== undefined)
          repo.setChatsWithShop(update.id, update.chatsWithShop)
        // The owner's own word, dated; an unchanged answer keeps where it came from.
        if (
          update.savedNumber !== undefined &&
          update.savedNumber !== repo.savedNumberOf(update.id)
        )
          repo.setSavedNumber(update.id, update.savedNumber, 'owner', now)
      })()
      return this.get(update.id)
    },

    /** Deletes for good after a week; until then `undoDelete` restores them whole. */
    delete(ids: number[]): DeleteOutcome {
      const now = clock.now()
      const undoToken = randomUUID()
      const save = db.prepare(
        'INSERT INTO deleted_contacts (undo_token, contact_id, payload, deleted_at) VALUES (?, ?, ?, ?)',
      )
      const memberships = db.prepare<[number], SavedMembership>(
        'SELECT list_id AS listId, position, added_at AS addedAt FROM list_members WHERE contact_id = ?',
      )
      let deleted = 0
      db.transaction(() => {
        db.prepare('DELETE FROM deleted_contacts WHERE deleted_at < ?').run(now - maxUndoAgeMs)
        for (const id of new Set(ids)) {
          const record = repo.load(id)
          if (!record) continue
          // Its place in lists goes with it, and comes back with an undo.
          const saved: SavedContact = {
            ...record,
            lists: memberships.all(id),
            facts: repo.sideFactsOf(id),
          }
          save.run(undoToken, id, JSON.stringify(saved), now)
          repo.remove(id)
          deleted += 1
        }
      })()
      return { deleted, undoToken }
    },

    undoDelete(undoToken: string): { restored: number } {
      const now = clock.now()
      const rows = db
        .prepare<[string], { contact_id: number; payload: string }>(
          'SELECT contact_id, payload FROM deleted_contacts WHERE undo_token = ?',
        )
        .all(undoToken)
      if (rows.length === 0)
        throw notFound('Nothing to undo: the deletion is too old or was undone.')
      const rejoin = db.prepare<[number, number, number, number, number]>(
        `INSERT OR IGNORE INTO list_members (list_id, contact_id, position, added_at)
         SELECT id, ?, ?, ? FROM lists
         WHERE id = ? AND (SELECT count(*) FROM list_members WHERE list_id = lists.id) < ?`,
      )
      let restored = 0
      db.transaction(() => {
        for (const row of rows) {
          const saved = JSON.parse(row.payload) as SavedContact
          // A number re-imported since the delete stays with its new contact.
          const phones = saved.phones.filter((p) => repo.findByPhones([p.e164]) === undefined)
          const primaryKept = phones.some((p) => p.primary)
          const record = { ...saved, phones, flag: primaryKept ? saved.flag : flagOf(phones) }
          const id = repo.insertWithId(row.contact_id, record, saved.createdAt, now)
          if (saved.facts) repo.restoreSideFacts(id, saved.facts)
          // Back into each list that still exists and still has room.
          for (const m of saved.lists ?? []) {
            rejoin.run(id, m.position, m.addedAt, m.listId, listCapacity)
          }
          restored += 1
        }
        db.prepare('DELETE FROM deleted_contacts WHERE undo_token = ?').run(undoToken)
      })()
      return { restored }
    },

    tag({ ids, add, remove }: ContactTagging): { changed: number } {
      const now = clock.now()
      const removeFolded = new Set(remove.map(foldText))
      let changed = 0
      db.transaction(() => {
        for (const id of new Set(ids)) {
          const record = repo.load(id)
          if (!record) continue
          const tags = uniqueTags([
            ...record.tags.filter((t) => !removeFolded.has(foldText(t))),
            ...add,
          ])
          if (tags.join('\u0000') === record.tags.join('\u0000')) continue
          repo.update(id, { ...record, tags }, now)
          changed += 1
        }
      })()
      return { changed }
    },

    tags(): TagCount[] {
      return db
        .prepare<[], TagCount>(
          'SELECT tag, count(*) AS count FROM contact_tags GROUP BY tag ORDER BY tag COLLATE NOCASE',
        )
        .all()
    },

    /** Written 1000 rows at a time, a turn of the event loop between (next-turn.ts). */
    async exportCsv({ ids, query, matching, language }: ContactExport): Promise<DownloadFile> {
      const chosen = matching ? matchingIds(db, matching) : ids
      const contacts = contactCells(db, query, chosen ? new Set(chosen) : undefined)
      const day = new Date(clock.now()).toISOString().slice(0, 10)
      return {
        fileName: `rupor-contacts-${day}.csv`,
        mimeType: 'text/csv',
        content: await joinedInTurns(contactCsvPieces(contacts, language)),
      }
    },
  }
}
export type ContactsService = ReturnType<typeof createContactsService>
