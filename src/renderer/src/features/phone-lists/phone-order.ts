import type { PhoneListCandidate } from '../../../../shared/phone-lists'

/** Android lists contacts by the name as saved (first name first); iPhone by default by last name. */
export type PhoneSort = 'first' | 'last'

/**
 * The people in the order the phone shows its contacts, so the owner ticks them top to bottom:
 * by the saved name, or (iPhone's default "Last, First") by last name then first name; someone
 * with no last name sorts by their whole name, as the phone does.
 */
export function inPhoneOrder(
  people: readonly PhoneListCandidate[],
  sort: PhoneSort,
  language: string,
): PhoneListCandidate[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true })
  const keyOf = (p: PhoneListCandidate): string[] =>
    sort === 'last' && p.lastName.trim() !== ''
      ? [p.lastName, p.firstName, p.name]
      : [p.name, '', '']
  return [...people].sort((a, b) => {
    const ka = keyOf(a)
    const kb = keyOf(b)
    for (let i = 0; i < ka.length; i += 1) {
      const order = collator.compare(ka[i] ?? '', kb[i] ?? '')
      if (order !== 0) return order
    }
    return a.e164.localeCompare(b.e164)
  })
}

/** How the phone shows a name in that order (iPhone: "Смирнова Анна"). */
export function phoneName(p: PhoneListCandidate, sort: PhoneSort): string {
  if (sort === 'last' && p.lastName.trim() !== '') {
    return [p.lastName, p.firstName, p.middleName].filter((part) => part.trim() !== '').join(' ')
  }
  return p.name.trim() === '' ? p.e164 : p.name
}
