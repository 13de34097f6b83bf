import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  afterHeaderClick,
  allMatching,
  canSelectAll,
  chosenContacts,
  emptySelection,
  headerState,
  isTicked,
  selectedCount,
  toggled,
  without,
  type Selection,
} from './selection'

const ids = (...list: number[]): Selection => ({ kind: 'ids', ids: new Set(list) })
const query = { search: 'роз', consent: 'granted' as const }

describe('selection of ticked rows', () => {
  it('ticks and unticks one contact without changing the old selection', () => {
    const one = toggled(emptySelection, 7)
    expect(chosenContacts(one, 10)).toEqual({ selector: { ids: [7] }, count: 1 })
    expect(selectedCount(emptySelection, 10)).toBe(0)
    expect(selectedCount(toggled(one, 7), 10)).toBe(0)
  })

  it('shows the header checkbox as none, some or all of the loaded rows', () => {
    expect(headerState(emptySelection, [1, 2, 3])).toBe('none')
    expect(headerState(ids(2), [1, 2, 3])).toBe('some')
    expect(headerState(ids(1, 2, 3), [1, 2, 3])).toBe('all')
    // Ticked rows no longer loaded still count as a selection.
    expect(headerState(ids(9), [1, 2])).toBe('some')
  })

  it('ticks every loaded row, or unticks them all when all are ticked', () => {
    const all = afterHeaderClick(ids(2), [1, 2, 3])
    expect(chosenContacts(all, 3).count).toBe(3)
    expect(selectedCount(afterHeaderClick(all, [1, 2, 3]), 3)).toBe(0)
  })

  it('forgets deleted contacts', () => {
    expect(chosenContacts(without(ids(1, 2, 3), [2, 5]), 3).selector).toEqual({ ids: [1, 3] })
  })
})

describe('«Выбрать всё»', () => {
  it('stands for everyone found, sent as the query and counted from the total', () => {
    const all = allMatching(query)
    expect(chosenContacts(all, 1124)).toEqual({
      selector: { matching: { query, except: [] } },
      count: 1124,
    })
    expect(isTicked(all, 123_456)).toBe(true)
    expect(headerState(all, [1, 2, 3])).toBe('all')
  })

  it('keeps the rows unticked afterwards out, and counts them off', () => {
    const fewer = toggled(toggled(allMatching(query), 5), 8)
    expect(isTicked(fewer, 5)).toBe(false)
    expect(chosenContacts(fewer, 1124)).toEqual({
      selector: { matching: { query, except: [5, 8] } },
      count: 1122,
    })
    expect(headerState(fewer, [4, 5, 6])).toBe('some')
    // Ticking one again takes it off the exceptions.
    expect(chosenContacts(toggled(fewer, 5), 1124).count).toBe(1123)
  })

  it('is cleared whole by the header checkbox, not down to the rows off screen', () => {
    expect(afterHeaderClick(allMatching(query), [1, 2, 3])).toEqual(emptySelection)
  })

  it('does not count a contact deleted from its card twice', () => {
    const all = allMatching(query)
    expect(without(all, [4])).toBe(all)
  })

  it('is offered while fewer are ticked than found, never on a capped count', () => {
    expect(canSelectAll(ids(1, 2), 1124, false)).toBe(true)
    expect(canSelectAll(allMatching(query), 1124, false)).toBe(false)
    expect(canSelectAll(toggled(allMatching(query), 3), 1124, false)).toBe(true)
    expect(canSelectAll(ids(1, 2), 1000, true)).toBe(false)
  })

  it('counts exactly the found contacts that are ticked, whatever was toggled', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 40 }),
        fc.boolean(),
        (total, clicks, startAll) => {
          const found = Array.from({ length: total }, (_, i) => i + 1)
          let selection = startAll ? allMatching(query) : emptySelection
          for (const id of clicks.filter((c) => c <= total)) selection = toggled(selection, id)
          const ticked = found.filter((id) => isTicked(selection, id)).length
          expect(selectedCount(selection, total)).toBe(ticked)
        },
      ),
    )
  })
})
