import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { DownloadFile } from '../../../shared/contacts'
import {
  phoneListCapacity,
  type PhoneList,
  type PhoneListView,
  type phoneListConfirmSchema,
  type phoneListRecordSchema,
} from '../../../shared/phone-lists'
import { downloadName } from '../download-name'
import { CoreError, invalidInput, listFull, notFound } from '../errors'
import { listToVcards } from '../lists/list-export'
import type { Clock } from '../time/clock'
import { readPhoneList, readPhoneListCandidates } from './phone-list-state'

type PhoneListRecord = z.output<typeof phoneListRecordSchema>
type PhoneListConfirm = z.output<typeof phoneListConfirmSchema>

/** How many names a refusal spells out; the rest are counted. */
const namedInRefusal = 5

/** People who may not be on the phone's list, named (or their number, when not in the book). */
export function phoneListRefused(names: readonly string[]): CoreError {
  const shown = names.slice(0, namedInRefusal).join(', ')
  const more = names.length - namedInRefusal
  return new CoreError(
    'phone_list_refused',
    `They may not get a list message: ${shown}${more > 0 ? ` (+${String(more)})` : ''}.`,
    undefined,
    { names: more > 0 ? `${shown} +${String(more)}` : shown, count: names.length },
  )
}

/** A moment the owner says the list was made: not in the future (a few minutes of clock drift). */
const driftMs = 10 * 60_000

/**
 * The phone's broadcast lists as the owner reports them: made (from the checklist), people taken
 * off and put on. Only people who may get a list message ever go on; the to-do is read live.
 */
export function createPhoneListsService(options: { db: Database; clock: Clock }) {
  const { db, clock } = options
  const listExists = db.prepare<[number], { id: number }>('SELECT id FROM lists WHERE id = ?')
  const senderExists = db.prepare<[number], { id: number }>(
    'SELECT id FROM senders WHERE id = ? AND deleted_at IS NULL',
  )
  const phoneListOf = db.prepare<[number], { id: number }>(
    'SELECT id FROM phone_lists WHERE list_id = ?',
  )
  const insertMember = db.prepare<[number, string, number, string, number]>(
    `INSERT OR IGNORE INTO phone_list_members (phone_list_id, e164, contact_id, name, added_at)
     VALUES (?, ?, ?, ?, ?)`,
  )
  const removeMember = db.prepare<[number, string]>(
    'DELETE FROM phone_list_members WHERE phone_list_id = ? AND e164 = ?',
  )
  const touch = db.prepare<[number, number]>('UPDATE phone_lists SET updated_at = ? WHERE id = ?')
  const nameOfNumber = db.prepare<[string], { name: string }>(
    `SELECT c.name FROM contact_phones p JOIN contacts c ON c.id = p.contact_id WHERE p.e164 = ?`,
  )

  const requireList = (listId: number): void => {
    if (!listExists.get(listId)) throw notFound(`There is no list ${String(listId)}.`)
  }
  const requirePhoneList = (listId: number): PhoneList => {
    requireList(listId)
    const phoneList = readPhoneList(db, listId)
    if (!phoneList) throw notFound(`List ${String(listId)} has no phone list recorded.`)
    return phoneList
  }
  const nameOf = (e164: string): string => nameOfNumber.get(e164)?.name || e164

  /** Those of `e164s` who may go on the phone's list now, or a refusal naming the others. */
  function candidatesFor(listId: number, e164s: readonly string[]) {
    const candidates = new Map(readPhoneListCandidates(db, listId).map((c) => [c.e164, c]))
    const unique = [...new Set(e164s)]
    const refused = unique.filter((e164) => !candidates.has(e164))
    if (refused.length > 0) throw phoneListRefused(refused.map(nameOf))
    return unique.flatMap((e164) => {
      const candidate = candidates.get(e164)
      return candidate ? [candidate] : []
    })
  }

  return {
    get(listId: number): PhoneListView {
      requireList(listId)
      return {
        listId,
        phoneList: readPhoneList(db, listId),
        candidates: readPhoneListCandidates(db, listId),
      }
    },

    /** The owner made the list on the phone of this sender's number with the people ticked. */
    record({ listId, senderId, name, madeAt: madeAtGiven, e164s }: PhoneListRecord): PhoneList {
      const now = clock.now()
      const madeAt = madeAtGiven ?? now
      return db.transaction(() => {
        requireList(listId)
        if (!senderExists.get(senderId)) throw notFound(`There is no sender ${String(senderId)}.`)
        if (madeAt > now + driftMs) {
          throw invalidInput('The list cannot have been made in the future.', [
            { path: 'madeAt', message: 'in_future', kind: 'too_big' },
          ])
        }
        if (phoneListOf.get(listId)) {
          throw new CoreError('wrong_state', 'This list already has a phone list: forget it first.')
        }
        const people = candidatesFor(listId, e164s)
        const id = Number(
          db
            .prepare(
              `INSERT INTO phone_lists (list_id, sender_id, name, made_at, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?)`,
            )
            .run(listId, senderId, name, madeAt, now, now).lastInsertRowid,
        )
        for (const p of people) insertMember.run(id, p.e164, p.contactId, p.name, madeAt)
        return requirePhoneList(listId)
      })()
    },

    /** The owner took these people off the phone's list (numbers not on it are ignored). */
    confirmRemoved({ listId, e164s }: PhoneListConfirm): PhoneList {
      const now = clock.now()
      return db.transaction(() => {
        const { id } = requirePhoneList(listId)
        let removed = 0
        for (const e164 of new Set(e164s)) removed += removeMember.run(id, e164).changes
        if (removed > 0) touch.run(now, id)
        return requirePhoneList(listId)
      })()
    },

    /** The owner put these people on the phone's list: only those who may get a list message. */
    confirmAdded({ listId, e164s }: PhoneListConfirm): PhoneList {
      const now = clock.now()
      return db.transaction(() => {
        const phoneList = requirePhoneList(listId)
        const people = candidatesFor(listId, e164s)
        const onPhone = new Set(phoneList.onPhone.map((m) => m.e164))
        const fresh = people.filter((p) => !onPhone.has(p.e164))
        if (onPhone.size + fresh.length > phoneListCapacity) {
          throw listFull(onPhone.size, fresh.length)
        }
        for (const p of fresh) insertMember.run(phoneList.id, p.e164, p.contactId, p.name, now)
        if (fresh.length > 0) touch.run(now, phoneList.id)
        return requirePhoneList(listId)
      })()
    },

    /**
     * The people for the phone's address book (the lists' own vCard): everyone who may go on the
     * phone's list, or only those still to add. A contact missing from the phone cannot be ticked.
     */
    vcard(listId: number, only: 'candidates' | 'to_add'): DownloadFile {
      const view = this.get(listId)
      const toAdd = new Set(view.phoneList?.toAdd.map((m) => m.e164) ?? [])
      const people = view.candidates.filter(
        (c) => only === 'candidates' || toAdd.has(c.e164) || !view.phoneList,
      )
      const listName =
        db.prepare<[number], { name: string }>('SELECT name FROM lists WHERE id = ?').get(listId)
          ?.name ?? ''
      const content = listToVcards(
        people.map((c) => ({
          ...c,
          consent: 'granted',
          eligible: true,
          reasons: [],
          addedAt: 0,
        })),
      )
      const base = downloadName(listName, 'list')
      return {
        fileName: `${base}${only === 'to_add' ? '-new' : ''}.vcf`,
        mimeType: 'text/vcard',
        content,
      }
    },

    /** The phone's list was deleted there, or the owner starts over: the record goes. */
    forget(listId: number): { forgotten: number } {
      requireList(listId)
      return {
        forgotten: db.prepare('DELETE FROM phone_lists WHERE list_id = ?').run(listId).changes,
      }
    },
  }
}
export type PhoneListsService = ReturnType<typeof createPhoneListsService>
