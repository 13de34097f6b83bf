// A big upload's garbage is given back at once, not held until something else happens to
// allocate enough to trigger a collection.
import { describe, expect, it } from 'vitest'
import { collectGarbage } from './collect-garbage'

describe('collectGarbage', () => {
  it('frees the memory of what is no longer reachable', () => {
    const megabytes = () => process.memoryUsage().arrayBuffers / 2 ** 20
    collectGarbage()
    const before = megabytes()
    // What 64 chunks of an upload leave: buffers nothing refers to once the upload is done.
    let chunks: Buffer[] = []
    for (let i = 0; i < 64; i += 1) chunks.push(Buffer.alloc(1 << 20, i))
    expect(megabytes()).toBeGreaterThan(before + 48)
    chunks = []
    expect(chunks).toHaveLength(0)
    collectGarbage()
    expect(megabytes()).toBeLessThan(before + 16)
  })
})
