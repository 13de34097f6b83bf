// Who a campaign to several lists reaches: list after list, someone in two lists once.
import type { ListDetail } from '../../../../shared/lists'

export interface Audience {
  /** Distinct people in the lists. */
  people: number
  /** Of them, those who may be messaged now (the start skips the others). */
  eligible: number
}

/** The campaign's people as its start will queue them: each contact once, whichever lists hold them. */
export function audienceOf(lists: readonly Pick<ListDetail, 'members'>[]): Audience {
  const everyone = new Map<number, boolean>()
  for (const list of lists) {
    for (const member of list.members) {
      if (!everyone.has(member.contactId)) everyone.set(member.contactId, member.eligible)
    }
  }
  let eligible = 0
  for (const ok of everyone.values()) if (ok) eligible += 1
  return { people: everyone.size, eligible }
}
