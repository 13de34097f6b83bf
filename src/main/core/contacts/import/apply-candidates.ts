import type { ContactCandidate, ContactRecord } from '../contact-record'
import type { ContactsRepository } from '../contacts-repository'
import { candidateToRecord, importedSavedNumber, mergeContact } from '../merge-contact'
import type { RowProblem } from '../../../../shared/imports'
import type { ContactKeys } from '../search-text'

export interface ApplyContext {
  consentDefault: 'granted' | 'unknown'
  /** Recorded with consent, e.g. "import: clients.csv". */
  source: string
  now: number
}

export interface ApplyCounts {
  added: number
  /** Contacts already in the book that this file changed, each counted once. */
  updated: number
  /** Contacts already in the book that this file matched but had nothing new for. */
  unchanged: number
  /** Rows that matched a contact an earlier row of this file added or matched. */
  mergedDuplicates: number
}

/**
 * Brings one import's contacts into the book. Call inside a transaction: matches by any E.164
 * number, merges into the existing contact (which never clears an opt-out — that list is apart —
 * nor a withdrawn consent, nor a note), adds the rest. A number that already belongs to another
 * contact stays with it and the row is flagged.
 */
export function createCandidateApplier(repo: ContactsRepository, context: ApplyContext) {
  // The contacts this import added are the ones from its first on: a new contact takes the next
  // id up and nothing else writes inside the import's transaction. A number, where a set of a
  // million ids held about 40 MB for the whole import.
  let firstCreated: number | undefined
  const createdHere = (id: number): boolean => firstCreated !== undefined && id >= firstCreated
  /** Contacts already in the book that a row matched. */
  const touched = new Set<number>()
  const counts: ApplyCounts = { added: 0, updated: 0, unchanged: 0, mergedDuplicates: 0 }
  const changed = new Set<number>()

  return {
    counts,
    /**
     * `raw` is the row's cells, or how to get them: only a row with a problem needs them. `keys`:
     * the candidate's as a new contact (keysOf), when worked out already.
     */
    apply(
      candidate: ContactCandidate,
      raw: string[] | (() => string[]),
      keys?: ContactKeys,
    ): RowProblem[] {
      const problems: RowProblem[] = []
      const cells = (): string[] => (typeof raw === 'function' ? raw() : raw)
      // The owner of each number, in the candidate's order; the first one found is the match.
      // Arrays and no copies when nothing conflicts: this runs for every row of an import.
      const owners = candidate.phones.map((p) => repo.ownerOf(p.e164))
      const target = owners.find((id) => id !== undefined)
      let incoming = candidate
      if (owners.some((owner) => owner !== undefined && owner !== target)) {
        const phones = candidate.phones.filter((p, i) => {
          const owner = owners[i]
          if (owner === undefined || owner === target) return true
          problems.push({
            line: candidate.line,
            severity: 'flagged',
            code: 'number_of_other_contact',
            value: p.raw,
            raw: cells(),
          })
          return false
        })
        incoming = { ...candidate, phones }
      }

      if (target === undefined) {
        // The keys hold for the row as read; not once a number of someone else was left out.
        const ownKeys = incoming === candidate ? keys : undefined
        const id = repo.insert(candidateToRecord(incoming, context), context.now, ownKeys)
        const saved = importedSavedNumber('unknown', candidate.savedNumber)
        if (saved !== null) repo.setSavedNumber(id, saved, 'import', context.now)
        firstCreated ??= id
        counts.added += 1
        return problems
      }
      const existing = repo.load(target)
      if (!existing) throw new Error(`contact ${target} vanished during an import`)
      const merged = mergeContact(existing, incoming, context)
      const saved =
        candidate.savedNumber === undefined
          ? null
          : importedSavedNumber(repo.savedNumberOf(target), candidate.savedNumber)
      const differs = fingerprint(merged) !== fingerprint(existing) || saved !== null
      if (differs) repo.update(target, merged, context.now)
      if (saved !== null) repo.setSavedNumber(target, saved, 'import', context.now)
      const duplicate = (): void => {
        counts.mergedDuplicates += 1
        const shared = candidate.phones.find((_, i) => owners[i] === target)
        problems.push({
          line: candidate.line,
          severity: 'flagged',
          code: 'duplicate_in_file',
          value: shared?.raw ?? '',
          raw: cells(),
        })
      }
      if (createdHere(target)) {
        duplicate()
      } else if (!touched.has(target)) {
        touched.add(target)
        if (differs) changed.add(target)
        counts[differs ? 'updated' : 'unchanged'] += 1
      } else {
        // A later row for a book contact an earlier row already matched is a duplicate within
        // the file too; counted nowhere, it went missing from the report's sums.
        duplicate()
        if (differs && !changed.has(target)) {
          // Matched before with nothing new, changed now by a later row of the same file.
          changed.add(target)
          counts.unchanged -= 1
          counts.updated += 1
        }
      }
      return problems
    },
  }
}

/** The facts of a record in a fixed order, to tell whether a merge changed anything. */
function fingerprint(record: ContactRecord): string {
  return JSON.stringify([
    record.name,
    record.firstName,
    record.middleName,
    record.lastName,
    record.email,
    record.notes,
    record.phones.map((p) => [p.e164, p.raw, p.kind, p.label, p.primary]),
    record.tags,
    record.consent,
    record.consentSource,
    record.consentAt,
    record.flag,
  ])
}
