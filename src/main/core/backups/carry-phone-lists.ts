import type { Database } from 'better-sqlite3'

interface PhoneListRow {
  list_id: number
  sender_id: number
  name: string
  made_at: number
  created_at: number
  updated_at: number
}
interface MemberRow {
  e164: string
  name: string
  added_at: number
}

const hasTable = (db: Database, table: string): boolean =>
  db
    .prepare<[string], number>("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .pluck()
    .get(table) !== undefined

/**
 * What is on the owner's phone is a fact of the world, not of the file: for every list both files
 * have (same id, made at the same moment), the copy's record of its phone list becomes the current
 * one — or none, when the owner forgot it since. Lists only the copy has keep theirs. People are
 * matched to the copy's book by number; the sender by its number (`senderOf`). Returns how many
 * lists' records changed.
 */
export function carryPhoneLists(
  current: Database,
  copy: Database,
  senderOf: (currentId: number) => number,
): number {
  if (!hasTable(current, 'phone_lists') || !hasTable(copy, 'phone_lists')) return 0
  const listsOf = (db: Database) =>
    new Map(
      db
        .prepare<[], { id: number; created_at: number }>('SELECT id, created_at FROM lists')
        .all()
        .map((row) => [row.id, row.created_at]),
    )
  const copyLists = listsOf(copy)
  const phoneListOf = (db: Database) =>
    db.prepare<[number], PhoneListRow & { id: number }>(
      'SELECT * FROM phone_lists WHERE list_id = ?',
    )
  const currentPhoneList = phoneListOf(current)
  const copyPhoneList = phoneListOf(copy)
  const membersOf = (db: Database) =>
    db.prepare<[number], MemberRow>(
      'SELECT e164, name, added_at FROM phone_list_members WHERE phone_list_id = ? ORDER BY e164',
    )
  const currentMembers = membersOf(current)
  const copyMembers = membersOf(copy)
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

  let changed = 0
  for (const list of listsOf(current)) {
    const [listId, createdAt] = list
    if (copyLists.get(listId) !== createdAt) continue
    const theirs = currentPhoneList.get(listId)
    const ours = copyPhoneList.get(listId)
    const theirMembers = theirs ? currentMembers.all(theirs.id) : []
    if (
      theirs &&
      ours &&
      ours.name === theirs.name &&
      ours.made_at === theirs.made_at &&
      ours.sender_id === senderOf(theirs.sender_id) &&
      sameMembers(copyMembers.all(ours.id), theirMembers)
    ) {
      continue
    }
    if (!theirs && !ours) continue
    forget.run(listId)
    if (theirs) {
      const id = Number(
        insertList.run({ ...theirs, sender_id: senderOf(theirs.sender_id) }).lastInsertRowid,
      )
      for (const member of theirMembers) insertMember.run({ id, ...member })
    }
    changed += 1
  }
  return changed
}
