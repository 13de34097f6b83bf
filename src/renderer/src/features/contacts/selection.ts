// Which contacts are ticked. Sets are replaced, never changed, so React sees every change.

export type Selection = ReadonlySet<number>

export const emptySelection: Selection = new Set()

export function toggled(selection: Selection, id: number): Selection {
  const next = new Set(selection)
  if (!next.delete(id)) next.add(id)
  return next
}

export function withAll(selection: Selection, ids: Iterable<number>): Selection {
  return new Set([...selection, ...ids])
}

export function without(selection: Selection, ids: Iterable<number>): Selection {
  const next = new Set(selection)
  for (const id of ids) next.delete(id)
  return next
}

/** The header checkbox: ticked when every loaded row is, half-ticked when some are. */
export function headerState(
  selection: Selection,
  loadedIds: readonly number[],
): 'none' | 'some' | 'all' {
  const ticked = loadedIds.filter((id) => selection.has(id)).length
  if (ticked === 0) return selection.size > 0 ? 'some' : 'none'
  return ticked === loadedIds.length ? 'all' : 'some'
}

/** The header checkbox's click: tick every loaded row, or untick them all if they all are. */
export function afterHeaderClick(selection: Selection, loadedIds: readonly number[]): Selection {
  return headerState(selection, loadedIds) === 'all'
    ? without(selection, loadedIds)
    : withAll(selection, loadedIds)
}
