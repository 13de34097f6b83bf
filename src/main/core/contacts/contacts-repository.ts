import type { Database } from 'better-sqlite3'
import type {
  ConsentState,
  Contact,
  ContactFlag,
  PhoneKind,
  SavedNumberSource,
  SavedNumberState,
} from '../../../shared/contacts'
import { createOptOutStore } from '../opt-outs/opt-out-store'
import type { ContactRecord } from './contact-record'
import { foldText, keysOf, type ContactKeys } from './search-text'

/** FTS5's own default for the memory its index gathers before writing, and an import's. */
const defaultHashBytes = 1024 * 1024
const bulkHashBytes = 16 * 1024 * 1024

interface ContactRow {
  id: number
  name: string
  first_name: string
  middle_name: string
  last_name: string
  email: string
  notes: string
  consent: ConsentState
  consent_source: string
  consent_at: number | null
  flag: ContactFlag | null
  created_at: number
  updated_at: number
}
interface PhoneRow {
  e164: string
  raw: string
  kind: PhoneKind
  label: string
  is_primary: number
}

/** Reads and writes whole contacts: the row, its numbers, its tags. Synchronous, no transactions of its own. */
/** A contact's facts kept outside its record: "already chats with the shop", "saved our number". */
export type ContactSideFacts = Pick<
  Contact,
  'chatsWithShop' | 'savedNumber' | 'savedNumberSource' | 'savedNumberAt'
>

export function createContactsRepository(db: Database) {
  const insertContact = db.prepare<
    [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      number | null,
      string | null,
      string | null,
      string,
      string,
      number,
      number,
    ]
  >(
    `INSERT INTO contacts (name, first_name, middle_name, last_name, email, notes, consent, consent_source,
       consent_at, flag, primary_phone, sort_key, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const updateContact = db.prepare<
    [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      number | null,
      string | null,
      string | null,
      string,
      string,
      number,
      number,
    ]
  >(
    `UPDATE contacts SET name = ?, first_name = ?, middle_name = ?, last_name = ?, email = ?, notes = ?, consent = ?,
       consent_source = ?, consent_at = ?, flag = ?, primary_phone = ?, sort_key = ?, search_text = ?,
       updated_at = ?
     WHERE id = ?`,
  )
  const selectContact = db.prepare<[number], ContactRow>('SELECT * FROM contacts WHERE id = ?')
  const selectPhones = db.prepare<[number], PhoneRow>(
    'SELECT e164, raw, kind, label, is_primary FROM contact_phones WHERE contact_id = ? ORDER BY position',
  )
  const selectTags = db.prepare<[number], { tag: string }>(
    'SELECT tag FROM contact_tags WHERE contact_id = ? ORDER BY tag',
  )
  const deletePhones = db.prepare<[number]>('DELETE FROM contact_phones WHERE contact_id = ?')
  const insertPhone = db.prepare<[number, number, string, string, string, string, number]>(
    `INSERT INTO contact_phones (contact_id, position, e164, raw, kind, label, is_primary)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const deleteTags = db.prepare<[number]>('DELETE FROM contact_tags WHERE contact_id = ?')
  const insertTag = db.prepare<[number, string]>(
    'INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES (?, ?)',
  )
  const selectOwner = db.prepare<[string], { contact_id: number }>(
    'SELECT contact_id FROM contact_phones WHERE e164 = ?',
  )
  const selectOptOut = db.prepare<[string], { e164: string }>(
    'SELECT e164 FROM opt_outs WHERE e164 = ?',
  )
  const deleteContactRow = db.prepare<[number]>('DELETE FROM contacts WHERE id = ?')
  const selectChats = db.prepare<
    [number],
    {
      chats_with_shop: number
      saved_number: SavedNumberState
      saved_number_source: SavedNumberSource | null
      saved_number_at: number | null
    }
  >(
    'SELECT chats_with_shop, saved_number, saved_number_source, saved_number_at FROM contacts WHERE id = ?',
  )
  const updateChats = db.prepare<[number, number]>(
    'UPDATE contacts SET chats_with_shop = ? WHERE id = ?',
  )
  const updateSavedNumber = db.prepare<
    [SavedNumberState, SavedNumberSource | null, number | null, number]
  >(
    'UPDATE contacts SET saved_number = ?, saved_number_source = ?, saved_number_at = ? WHERE id = ?',
  )
  const insertWithId = db.prepare<[number | null, number, number]>(
    `INSERT INTO contacts (id, created_at, updated_at) VALUES (?, ?, ?)`,
  )
  const idTaken = db.prepare<[number], 1>('SELECT 1 FROM contacts WHERE id = ?').pluck()

  const optOuts = createOptOutStore(db)

  const columns = (record: ContactRecord, keys: ContactKeys = keysOf(record)) =>
    [
      record.name,
      record.firstName,
      record.middleName,
      record.lastName,
      record.email,
      record.notes,
      record.consent,
      record.consentSource,
      record.consentAt,
      record.flag,
      record.phones.find((p) => p.primary)?.e164 ?? null,
      keys.sortKey,
      keys.searchText,
    ] as const

  // One spelling per tag across the book: "vip" added later joins the existing "VIP".
  let spellings: Map<string, string> | undefined
  // The spelling each tag as written was given: an import writes the same few tags on every row,
  // each folded once here, not once a row (a third of the cost of the tag's insert).
  const given = new Map<string, string>()
  const canonicalTag = (tag: string): string => {
    const earlier = given.get(tag)
    if (earlier !== undefined) return earlier
    spellings ??= new Map(
      db
        .prepare<[], { tag: string }>('SELECT DISTINCT tag FROM contact_tags')
        .all()
        .map((row) => [foldText(row.tag), row.tag]),
    )
    const key = foldText(tag)
    const canonical = spellings.get(key) ?? tag
    spellings.set(key, canonical)
    given.set(tag, canonical)
    return canonical
  }

  function writeChildren(id: number, record: ContactRecord, replace: boolean): void {
    if (replace) {
      deletePhones.run(id)
      deleteTags.run(id)
    }
    record.phones.forEach((phone, position) => {
      insertPhone.run(
        id,
        position,
        phone.e164,
        phone.raw,
        phone.kind,
        phone.label,
        phone.primary ? 1 : 0,
      )
    })
    for (const tag of record.tags) insertTag.run(id, canonicalTag(tag))
  }

  function load(
    id: number,
  ): (ContactRecord & { id: number; createdAt: number; updatedAt: number }) | undefined {
    const row = selectContact.get(id)
    if (!row) return undefined
    return {
      id: row.id,
      name: row.name,
      firstName: row.first_name,
      middleName: row.middle_name,
      lastName: row.last_name,
      email: row.email,
      notes: row.notes,
      consent: row.consent,
      consentSource: row.consent_source,
      consentAt: row.consent_at,
      flag: row.flag,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      phones: selectPhones.all(id).map((p) => ({
        e164: p.e164,
        raw: p.raw,
        kind: p.kind,
        label: p.label,
        primary: p.is_primary === 1,
      })),
      tags: selectTags.all(id).map((t) => t.tag),
    }
  }

  return {
    /** `keys`: the record's own, when already worked out (an import's parser does). */
    insert(record: ContactRecord, now: number, keys?: ContactKeys): number {
      const id = Number(insertContact.run(...columns(record, keys), now, now).lastInsertRowid)
      writeChildren(id, record, false)
      if (record.phones.length > 1) optOuts.carryWithinContact(id, now)
      return id
    },
    /** Restores a deleted contact under its old id (undo). */
    /**
     * Back under its own id, or a new one when that id was given to a contact added since (SQLite
     * reuses the highest id once it is deleted). Returns the id it has now.
     */
    insertWithId(id: number, record: ContactRecord, createdAt: number, now: number): number {
      const free = idTaken.get(id) === undefined
      const given = Number(insertWithId.run(free ? id : null, createdAt, now).lastInsertRowid)
      updateContact.run(...columns(record), now, given)
      writeChildren(given, record, false)
      return given
    },
    update(id: number, record: ContactRecord, now: number): void {
      const optedOutBefore = optOuts.originOf(id)
      updateContact.run(...columns(record), now, id)
      writeChildren(id, record, true)
      // A number given to someone who opted out is opted out too: no edit or merge gets around it.
      optOuts.carryWithinContact(id, now, optedOutBefore)
    },
    load,
    /** The contact that owns this number, if one does. */
    ownerOf(e164: string): number | undefined {
      return selectOwner.get(e164)?.contact_id
    },
    /** The contact that owns any of these numbers, if one does. */
    findByPhones(e164s: readonly string[]): number | undefined {
      for (const e164 of e164s) {
        const owner = selectOwner.get(e164)
        if (owner) return owner.contact_id
      }
      return undefined
    },
    /**
     * Inside a transaction: contacts added from now on are indexed for search all at once when
     * the returned function is called (before the transaction ends).
     */
    deferSearchIndex(): () => void {
      db.prepare(
        'INSERT INTO search_index_deferred (id, after_id) SELECT 1, coalesce(max(id), 0) FROM contacts',
      ).run()
      return () => {
        // FTS5 writes out what it has gathered each time it holds 1 MB (its default `hashsize`),
        // then merges those pieces: for a hundred thousand contacts that took 1.5 times (in an
        // import) to 2.5 times (alone) as long as gathering 16 MB at a time. Set for this
        // statement alone, in the same transaction.
        const hashBytes = (bytes: number) =>
          db.exec(
            `INSERT INTO contacts_search (contacts_search, rank) VALUES ('hashsize', ${String(bytes)})`,
          )
        hashBytes(bulkHashBytes)
        db.prepare(
          `INSERT INTO contacts_search (rowid, search_text)
           SELECT id, search_text FROM contacts WHERE id > (SELECT after_id FROM search_index_deferred)`,
        ).run()
        hashBytes(defaultHashBytes)
        db.prepare('DELETE FROM search_index_deferred').run()
      }
    },
    setChatsWithShop(id: number, chats: boolean): void {
      updateChats.run(chats ? 1 : 0, id)
    },
    /** What a contact knows beyond its record: kept with a deleted one so an undo brings it back. */
    sideFactsOf(id: number): ContactSideFacts | undefined {
      const facts = selectChats.get(id)
      return facts === undefined
        ? undefined
        : {
            chatsWithShop: facts.chats_with_shop === 1,
            savedNumber: facts.saved_number,
            savedNumberSource: facts.saved_number_source,
            savedNumberAt: facts.saved_number_at,
          }
    },
    restoreSideFacts(id: number, facts: ContactSideFacts): void {
      updateChats.run(facts.chatsWithShop ? 1 : 0, id)
      const known = facts.savedNumber !== 'unknown'
      updateSavedNumber.run(
        facts.savedNumber,
        known ? (facts.savedNumberSource ?? 'owner') : null,
        known ? facts.savedNumberAt : null,
        id,
      )
    },
    /** Whether they saved the shop's number, as last said, and by whom. */
    savedNumberOf(id: number): SavedNumberState {
      return selectChats.get(id)?.saved_number ?? 'unknown'
    },
    /** "Unknown" has no source nor date: nobody said anything. */
    setSavedNumber(
      id: number,
      state: SavedNumberState,
      source: SavedNumberSource,
      at: number,
    ): void {
      const known = state !== 'unknown'
      updateSavedNumber.run(state, known ? source : null, known ? at : null, id)
    },
    isOptedOut: (e164: string): boolean => selectOptOut.get(e164) !== undefined,
    remove(id: number): void {
      deleteContactRow.run(id)
    },
    toContact(id: number): Contact | undefined {
      const record = load(id)
      if (!record) return undefined
      const optedOutPhones = record.phones
        .map((p) => p.e164)
        .filter((e164) => selectOptOut.get(e164) !== undefined)
      const facts = selectChats.get(id)
      return {
        ...record,
        optedOut: optedOutPhones.length > 0,
        optedOutPhones,
        chatsWithShop: facts?.chats_with_shop === 1,
        savedNumber: facts?.saved_number ?? 'unknown',
        savedNumberSource: facts?.saved_number_source ?? null,
        savedNumberAt: facts?.saved_number_at ?? null,
      }
    },
  }
}
export type ContactsRepository = ReturnType<typeof createContactsRepository>
