// Which contacts are ticked: some rows by id, or «Выбрать всё» — everyone the search and filters
// find, less the rows unticked since, without loading their ids into the page. Values are
// replaced, never changed, so React sees every change.
import type { ContactMatching, ContactSelector } from '../../../../shared/contacts'

export type MatchingQuery = ContactMatching['query']

export type Selection =
  | { kind: 'ids'; ids: ReadonlySet<number> }
  | { kind: 'all'; query: MatchingQuery; except: ReadonlySet<number> }

/** What a bulk action gets: who (as the core's calls take it) and how many, to say so. */
export interface ChosenContacts {
  selector: ContactSelector
  count: number
}

export const emptySelection: Selection = { kind: 'ids', ids: new Set() }

/** Everyone the search and filters find. */
export function allMatching(query: MatchingQuery): Selection {
  return { kind: 'all', query, except: new Set() }
}

export function isTicked(selection: Selection, id: number): boolean {
  return selection.kind === 'ids' ? selection.ids.has(id) : !selection.except.has(id)
}

/** How many are ticked; `total` is how many the search finds now. */
export function selectedCount(selection: Selection, total: number): number {
  return selection.kind === 'ids' ? selection.ids.size : Math.max(0, total - selection.except.size)
}

function flipped(set: ReadonlySet<number>, id: number): ReadonlySet<number> {
  const next = new Set(set)
  if (!next.delete(id)) next.add(id)
  return next
}

export function toggled(selection: Selection, id: number): Selection {
  return selection.kind === 'ids'
    ? { kind: 'ids', ids: flipped(selection.ids, id) }
    : { ...selection, except: flipped(selection.except, id) }
}

function withIds(selection: Selection, ids: readonly number[]): Selection {
  if (selection.kind === 'ids') return { kind: 'ids', ids: new Set([...selection.ids, ...ids]) }
  const except = new Set(selection.except)
  for (const id of ids) except.delete(id)
  return { ...selection, except }
}

function withoutIds(selection: Selection, ids: readonly number[]): Selection {
  if (selection.kind === 'all')
    return { ...selection, except: new Set([...selection.except, ...ids]) }
  const next = new Set(selection.ids)
  for (const id of ids) next.delete(id)
  return { kind: 'ids', ids: next }
}

/**
 * A contact deleted elsewhere (its card): gone from the ticked ids. «Выбрать всё» needs nothing:
 * the search no longer finds it, and counting it as unticked would count it twice.
 */
export function without(selection: Selection, ids: readonly number[]): Selection {
  return selection.kind === 'ids' ? withoutIds(selection, ids) : selection
}

/** The header checkbox: ticked when every loaded row is, half-ticked when some are. */
export function headerState(
  selection: Selection,
  loadedIds: readonly number[],
): 'none' | 'some' | 'all' {
  const ticked = loadedIds.filter((id) => isTicked(selection, id)).length
  if (ticked === 0) return selection.kind === 'all' || selection.ids.size > 0 ? 'some' : 'none'
  return ticked === loadedIds.length ? 'all' : 'some'
}

/** The header checkbox's click: tick every loaded row, or untick them all if they all are. */
export function afterHeaderClick(selection: Selection, loadedIds: readonly number[]): Selection {
  if (headerState(selection, loadedIds) !== 'all') return withIds(selection, loadedIds)
  // Unticking "all" from the header means none at all, not everyone but the rows on screen.
  return selection.kind === 'all' ? emptySelection : withoutIds(selection, loadedIds)
}

/** Whether to offer «Выбрать все N»: more are found than ticked, and the count is exact. */
export function canSelectAll(selection: Selection, total: number, capped: boolean): boolean {
  return !capped && selectedCount(selection, total) < total
}

/** The selection as a bulk action sends it to the core. */
export function chosenContacts(selection: Selection, total: number): ChosenContacts {
  return {
    selector:
      selection.kind === 'ids'
        ? { ids: [...selection.ids] }
        : { matching: { query: selection.query, except: [...selection.except] } },
    count: selectedCount(selection, total),
  }
}
