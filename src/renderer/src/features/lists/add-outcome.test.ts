import { describe, expect, it } from 'vitest'
import { outcomeLines } from './add-outcome'

describe('outcomeLines', () => {
  it('says what was added, what was there already and who was left out', () => {
    expect(
      outcomeLines({ added: 5, alreadyIn: 2, skipped: { opted_out: 1, no_consent: 3 } }),
    ).toEqual([
      { kind: 'added', count: 5 },
      { kind: 'alreadyIn', count: 2 },
      { kind: 'skipped', count: 4 },
    ])
  })

  it('leaves out what did not happen', () => {
    expect(outcomeLines({ added: 1, alreadyIn: 0, skipped: {} })).toEqual([
      { kind: 'added', count: 1 },
    ])
    expect(outcomeLines({ added: 0, alreadyIn: 0, skipped: {} })).toEqual([])
  })
})
