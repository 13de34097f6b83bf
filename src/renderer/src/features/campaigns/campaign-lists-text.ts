// A campaign's lists in words: every name quoted («Весна 1/2» и «Весна 2/2»), or the first and
// how many more («Весна 1/5 и ещё 4») where room is short.
import type { TFunction } from 'i18next'

/** The names in order, each quoted the language's way, joined as the language lists things. */
export function quotedListNames(names: readonly string[], language: string): string {
  const ru = !language.startsWith('en')
  const quoted = names.map((name) => (ru ? `«${name}»` : `“${name}”`))
  return new Intl.ListFormat(ru ? 'ru' : 'en', { type: 'conjunction' }).format(quoted)
}

/** The first list's name and how many more; the one name alone; "no list" without any. */
export function shortListNames(names: readonly string[], t: TFunction): string {
  const [first] = names
  if (first === undefined) return t('campaigns.detail.noList')
  if (names.length === 1) return first
  return t('campaigns.detail.listsShort', { first, count: names.length - 1 })
}

/** The names of these lists that still exist, in the campaign's order. */
export function namesOf(
  listIds: readonly number[],
  lists: readonly { id: number; name: string }[],
): string[] {
  const byId = new Map(lists.map((list) => [list.id, list.name]))
  return listIds.flatMap((id) => byId.get(id) ?? [])
}
