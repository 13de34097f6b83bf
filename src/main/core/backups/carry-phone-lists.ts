import type { Database } from 'better-sqlite3'
import { writeEveryRow, type RowWriter } from './carry-sends'

export interface PhoneListRow {
  list_id: number
  sender_id: number
  name: string
  made_at: number
  created_at: number
  updated_at: number
}
export interface MemberRow {
  e164: string
  name: string
  added_at: number
}
/** A list's record of its phone broadcast list: the list on the phone and who is on it. */
export type PhoneListRecord = PhoneListRow & { members: MemberRow[] }

/** What a file tells of its lists and their phone lists, read whole or around damage. */
export interface PhoneListSource {
  /** Each list's creation time, by id. */
  lists: ReadonlyMap<number, number>
  /** False: some lists could not be read (a list missing here may still have been there). */
  listsComplete: boolean
  /** The list's phone list; null when it has none; undefined when damage hides which. */
  phoneListOf(listId: number): PhoneListRecord | null | undefined
}

const hasTable = (db: Database, table: string): boolean =>
  db
    .prepare<[string], number>("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .pluck()
    .get(table) !== undefined

/** A phone list's people, by its id (also read from a damaged file: db/recovery). */
export const phoneListMembersSql =
  'SELECT e164, name, added_at FROM phone_list_members WHERE phone_list_id = ? ORDER BY e164'
const membersQuery = (db: Database) => db.prepare<[number], MemberRow>(phoneListMembersSql)

/** A healthy file's lists and phone lists, read as they are asked for. */
export function phoneListSourceOf(db: Database): PhoneListSource {
  if (!hasTable(db, 'phone_lists'))
    return { lists: new Map(), listsComplete: true, phoneListOf: () => null }
  const phoneList = db.prepare<[number], PhoneListRow & { id: number }>(
    'SELECT * FROM phone_lists WHERE list_id = ?',
  )
  const members = membersQuery(db)
  return {
    lists: new Map(
      db
        .prepare<[], { id: number; created_at: number }>('SELECT id, created_at FROM lists')
        .all()
        .map((row) => [row.id, row.created_at]),
    ),
    listsComplete: true,
    phoneListOf(listId) {
      const row = phoneList.get(listId)
      if (!row) return null
      const { id, ...rest } = row
      return { ...rest, members: members.all(id) }
    },
  }
}

/** How carryPhoneLists left the copy's phone lists. */
export interface CarriedPhoneLists {
  /** Lists whose record now is the source's (made, changed, or forgotten as the source had). */
  changed: number
  /**
   * The names of the lists whose phone list damage hid from the source: the copy's record of it,
   * maybe older than the phone, is forgotten, so no list message goes through it until the owner
   * makes it again.
   */
  forgotten: string[]
}

/**
 * What is on the owner's phone is a fact of the world, not of the file: for every list both files
 * have (same id, made at the same moment; one the source could not read counts as the same), the
 * copy's record of its phone list becomes the source's — or none, when the owner forgot it since.
 * Where the source cannot tell (damage), the copy's record is forgotten rather than trusted: it
 * may lack people added since who have opted out. Lists only the copy has keep theirs. People are
 * matched to the copy's book by number; the sender by its number (`senderOf`, undefined for a
 * sender the source lost). Each list is written through `writeRow`.
 */
export function carryPhoneLists(
  source: PhoneListSource,
  copy: Database,
  senderOf: (sourceId: number) => number | undefined,
  writeRow: RowWriter = writeEveryRow,
): CarriedPhoneLists {
  const carried: CarriedPhoneLists = { changed: 0, forgotten: [] }
  if (!hasTable(copy, 'phone_lists')) return carried
  const copyPhoneList = copy.prepare<[number], PhoneListRow & { id: number }>(
    'SELECT * FROM phone_lists WHERE list_id = ?',
  )
  const copyMembers = membersQuery(copy)
  const forget = copy.prepare<[number]>('DELETE FROM phone_lists WHERE list_id = ?')
  const insertList = copy.prepare<[PhoneListRow]>(
    `INSERT INTO phone_lists (list_id, sender_id, name, made_at, created_at, updated_at)
     VALUES (@list_id, @sender_id, @name, @made_at, @created_at, @updated_at)`,
  )
  const insertMember = copy.prepare<[{ id: number } & MemberRow]>(
    `INSERT INTO phone_list_members (phone_list_id, e164, contact_id, name, added_at)
     VALUES (@id, @e164, (SELECT contact_id FROM contact_phones WHERE e164 = @e164), @name, @added_at)`,
  )
  const sameMembers = (a: MemberRow[], b: MemberRow[]): boolean =>
    a.length === b.length && a.every((m, i) => m.e164 === b[i]?.e164 && m.name === b[i].name)
  const copyLists = copy
    .prepare<[], { id: number; name: string; created_at: number }>(
      'SELECT id, name, created_at FROM lists ORDER BY id',
    )
    .all()
  for (const { id: listId, name: listName, created_at: createdAt } of copyLists) {
    const forgetUnknown = (ours: unknown): void => {
      if (ours && writeRow('phone_list', () => forget.run(listId)) !== undefined)
        carried.forgotten.push(listName)
    }
    const theirCreation = source.lists.get(listId)
    if (theirCreation === undefined ? source.listsComplete : theirCreation !== createdAt) continue
    const theirs = source.phoneListOf(listId)
    const ours = copyPhoneList.get(listId)
    // A sender damage hid: the list cannot be told either.
    const senderId = theirs ? senderOf(theirs.sender_id) : undefined
    if (theirs === undefined || (theirs && senderId === undefined)) {
      forgetUnknown(ours)
      continue
    }
    if (!theirs && !ours) continue
    if (
      theirs &&
      ours &&
      ours.name === theirs.name &&
      ours.made_at === theirs.made_at &&
      ours.sender_id === senderId &&
      sameMembers(copyMembers.all(ours.id), theirs.members)
    ) {
      continue
    }
    const written = writeRow('phone_list', () => {
      forget.run(listId)
      if (theirs && senderId !== undefined) {
        const { members, ...row } = theirs
        const id = Number(insertList.run({ ...row, sender_id: senderId }).lastInsertRowid)
        for (const member of members) insertMember.run({ id, ...member })
      }
      return true
    })
    if (written) carried.changed += 1
    else forgetUnknown(ours) // refused by the copy: its old record is not kept either
  }
  return carried
}
