import { describe, expect, it } from 'vitest'
import { afterHeaderClick, emptySelection, headerState, toggled, without } from './selection'

describe('selection', () => {
  it('ticks and unticks one contact without changing the old set', () => {
    const one = toggled(emptySelection, 7)
    expect([...one]).toEqual([7])
    expect(emptySelection.size).toBe(0)
    expect(toggled(one, 7).size).toBe(0)
  })

  it('shows the header checkbox as none, some or all of the loaded rows', () => {
    expect(headerState(emptySelection, [1, 2, 3])).toBe('none')
    expect(headerState(new Set([2]), [1, 2, 3])).toBe('some')
    expect(headerState(new Set([1, 2, 3]), [1, 2, 3])).toBe('all')
    // Ticked rows no longer loaded still count as a selection.
    expect(headerState(new Set([9]), [1, 2])).toBe('some')
  })

  it('ticks every loaded row, or unticks them all when all are ticked', () => {
    const all = afterHeaderClick(new Set([2]), [1, 2, 3])
    expect([...all].sort()).toEqual([1, 2, 3])
    expect(afterHeaderClick(all, [1, 2, 3]).size).toBe(0)
  })

  it('forgets deleted contacts', () => {
    expect([...without(new Set([1, 2, 3]), [2, 5])]).toEqual([1, 3])
  })
})
