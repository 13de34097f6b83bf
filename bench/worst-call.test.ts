// The import's worst call: a block of the core's thread, however it ends, is counted. An import
// ends in one synchronous transaction followed only by microtasks, the case that was once missed.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../src/main/core/test-support/temp-dir'
import { createTestCore } from '../src/main/core/test-support/test-core'
import { intervalMs, worstCallDuring } from './worst-call'

/** Keeps the thread busy, as a transaction does: no timer or call can run meanwhile. */
function blockThread(ms: number): void {
  const end = performance.now() + ms
  while (performance.now() < end) {
    // busy
  }
}

describe('worstCallDuring', () => {
  const tempDir = useTempDir()

  it('counts a synchronous block at the end of the work, the way an import ends', async () => {
    const { core } = createTestCore(join(tempDir(), 'data'))
    try {
      // A block starting between two due times is counted from the next one: one interval longer
      // than 300 ms makes some call due at least 300 ms before the thread is free.
      const { value, worstCallMs, calls } = await worstCallDuring(core, async () => {
        await Promise.resolve()
        blockThread(300 + intervalMs)
        return 'done'
      })
      expect(value).toBe('done')
      expect(calls).toBeGreaterThanOrEqual(1)
      expect(worstCallMs).toBeGreaterThanOrEqual(300)
    } finally {
      core.close()
    }
  })
})
