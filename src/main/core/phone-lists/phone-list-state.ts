import type { Database } from 'better-sqlite3'
import type { SavedNumberState } from '../../../shared/contacts'
import type { ExclusionReason } from '../../../shared/eligibility'
import type {
  PhoneList,
  PhoneListCandidate,
  PhoneListMember,
  PhoneListRemovalReason,
} from '../../../shared/phone-lists'
import { eligibilityOf, type SendPolicy } from '../eligibility/eligibility'
import { reachableSavedNumbers } from '../eligibility/list-message-reach'
import { factsOfRow, recipientColumns, type RecipientRow } from '../eligibility/recipient-check'
import { createSettingsRepository } from '../settings/settings-repository'

interface PhoneListRow {
  id: number
  list_id: number
  sender_id: number
  name: string
  made_at: number
}
interface SnapshotRow {
  e164: string
  contact_id: number | null
  name: string
  /** 1 when the number itself is on the opt-out list (whoever it belongs to now). */
  number_opted_out: number
  /** Null when the contact was deleted since. */
  c_id: number | null
  saved_number: SavedNumberState | null
  in_list: number
}
/** The recipient columns are null when the contact was deleted (c_id null). */
type SnapshotJoined = SnapshotRow & RecipientRow
interface ListMemberRow extends RecipientRow {
  contact_id: number
  name: string
  first_name: string
  middle_name: string
  last_name: string
  saved_number: SavedNumberState
}

const consentReasons: readonly ExclusionReason[] = ['consent_withdrawn', 'no_consent']

/** The policy as stored; the core's settings service writes the same rows. */
function policyOf(db: Database): { policy: SendPolicy; collator: Intl.Collator } {
  const settings = createSettingsRepository(db).read()
  return {
    policy: { broadcastWithoutConsent: settings.broadcastWithoutConsent },
    // The phone sorts by the name saved in it, in its language; the page may re-sort (iPhone).
    collator: new Intl.Collator(settings.language ?? 'ru', { sensitivity: 'base', numeric: true }),
  }
}

const phoneOrder =
  (collator: Intl.Collator) =>
  (a: PhoneListMember, b: PhoneListMember): number =>
    collator.compare(a.name, b.name) || a.e164.localeCompare(b.e164)

/** Members of the Rupor list who may get a list message now, in phone order. */
function candidatesOf(
  db: Database,
  listId: number,
  policy: SendPolicy,
  collator: Intl.Collator,
): PhoneListCandidate[] {
  return db
    .prepare<[number], ListMemberRow>(
      `SELECT m.contact_id, c.name, c.first_name, c.middle_name, c.last_name, c.saved_number, ${recipientColumns}
       FROM list_members m JOIN contacts c ON c.id = m.contact_id WHERE m.list_id = ?`,
    )
    .all(listId)
    .flatMap((row) => {
      if (!reachableSavedNumbers.includes(row.saved_number)) return []
      const verdict = eligibilityOf(factsOfRow(row), policy)
      if (!verdict.eligible) return []
      return [
        {
          e164: verdict.e164,
          contactId: row.contact_id,
          name: row.name,
          firstName: row.first_name,
          middleName: row.middle_name,
          lastName: row.last_name,
        },
      ]
    })
    .sort(phoneOrder(collator))
}

/** Who may be ticked on the phone's checklist: on the list, may be messaged, saved the number. */
export function readPhoneListCandidates(db: Database, listId: number): PhoneListCandidate[] {
  const { policy, collator } = policyOf(db)
  return candidatesOf(db, listId, policy, collator)
}

/**
 * Why someone recorded on the phone's list may no longer get a list message, or null if they may.
 * The main reason first: an opt-out outweighs everything (it is what the owner must act on first).
 */
function removalReason(row: SnapshotJoined, policy: SendPolicy): PhoneListRemovalReason | null {
  if (row.number_opted_out === 1) return 'opted_out'
  if (row.c_id === null) return 'deleted'
  const verdict = eligibilityOf(factsOfRow(row), policy)
  if (!verdict.eligible && verdict.reasons.includes('opted_out')) return 'opted_out'
  if (!verdict.eligible && verdict.reasons.some((r) => consentReasons.includes(r))) {
    return 'consent_lost'
  }
  if (row.in_list !== 1) return 'left_list'
  if (row.saved_number === null || !reachableSavedNumbers.includes(row.saved_number)) {
    return 'not_saved'
  }
  if (!verdict.eligible) return 'ineligible'
  // A list message goes to the number on the phone: if the book now sends elsewhere, it is stale.
  if (verdict.e164 !== row.e164) return 'ineligible'
  return null
}

/**
 * The phone's broadcast list mirroring a Rupor list, compared now with who may get a list message.
 * Everything but the snapshot is computed at read time, so it holds after a restore, an import or
 * an opt-out made anywhere. Null when the list has no phone list recorded.
 */
export function readPhoneList(db: Database, listId: number): PhoneList | null {
  const list = db
    .prepare<[number], PhoneListRow>(
      'SELECT id, list_id, sender_id, name, made_at FROM phone_lists WHERE list_id = ?',
    )
    .get(listId)
  if (!list) return null
  const { policy, collator } = policyOf(db)

  const snapshot = db
    .prepare<[number, number], SnapshotJoined>(
      `SELECT pm.e164, pm.contact_id, pm.name,
              EXISTS (SELECT 1 FROM opt_outs o WHERE o.e164 = pm.e164) AS number_opted_out,
              c.id AS c_id, c.saved_number,
              EXISTS (SELECT 1 FROM list_members m
                      WHERE m.list_id = ? AND m.contact_id = pm.contact_id) AS in_list,
              ${recipientColumns}
       FROM phone_list_members pm LEFT JOIN contacts c ON c.id = pm.contact_id
       WHERE pm.phone_list_id = ?`,
    )
    .all(listId, list.id)

  const byPhoneOrder = phoneOrder(collator)
  const onPhone: PhoneListMember[] = snapshot
    .map((row) => ({ e164: row.e164, contactId: row.contact_id, name: row.name }))
    .sort(byPhoneOrder)
  const toRemove = snapshot
    .flatMap((row) => {
      const why = removalReason(row, policy)
      return why === null
        ? []
        : [{ e164: row.e164, contactId: row.contact_id, name: row.name, why }]
    })
    .sort(byPhoneOrder)

  const onPhoneKeys = new Set(snapshot.map((row) => `${String(row.contact_id)} ${row.e164}`))
  const toAdd: PhoneListMember[] = candidatesOf(db, listId, policy, collator)
    .filter((m) => !onPhoneKeys.has(`${String(m.contactId)} ${m.e164}`))
    .map(({ e164, contactId, name }) => ({ e164, contactId, name }))

  return {
    id: list.id,
    listId: list.list_id,
    senderId: list.sender_id,
    name: list.name,
    madeAt: list.made_at,
    onPhone,
    toRemove,
    toAdd,
  }
}
