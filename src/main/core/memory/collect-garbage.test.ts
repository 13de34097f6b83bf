// A big upload's garbage is given back at once, not held until something else happens to
// allocate enough to trigger a collection.
import { describe, expect, it } from 'vitest'
import { collectGarbage } from './collect-garbage'

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

describe('collectGarbage', () => {
  it('frees what is no longer reachable, at once', async () => {
    // What an upload leaves: its chunks' strings, nothing refers to once the file is in. A weak
    // reference says whether they are still in memory without keeping them there.
    const chunks = (): WeakRef<string[]> => {
      const strings = Array.from({ length: 16 }, (_, i) =>
        Buffer.alloc(1 << 20, 65 + i).toString('base64'),
      )
      return new WeakRef(strings)
    }
    const left = chunks()
    // A weak reference holds until the end of the turn it was made or read in.
    await nextTurn()
    // Nothing allocates meanwhile: without a collection the chunks would stay.
    expect(left.deref()).toBeDefined()
    await nextTurn()
    collectGarbage()
    expect(left.deref()).toBeUndefined()
  })
})
