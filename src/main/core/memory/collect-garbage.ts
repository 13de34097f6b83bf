import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | null | undefined

/**
 * A full collection of this thread's V8 heap, now. For after a burst that leaves much garbage and
 * then little allocation to trigger one: the upload of a big file (its chunks arrive as strings,
 * each kept until a collection) would otherwise hold some 150 MB through a whole million-row
 * import. Node exposes `gc` only with --expose-gc (used when the process has it); else the flag
 * set at run time reaches a new context (as jest's leak detector does). A no-op where neither
 * works.
 */
export function collectGarbage(): void {
  if (collect === undefined) {
    const exposed: unknown = (globalThis as { gc?: unknown }).gc
    if (typeof exposed === 'function') collect = exposed as () => void
  }
  if (collect === undefined) {
    try {
      // Process-wide, and read at a context's creation (Node and Electron's utility process
      // leave V8's flags unfrozen after start): a `gc` in the contexts made from now on.
      setFlagsFromString('--expose-gc')
      const gc: unknown = runInNewContext('gc')
      collect = typeof gc === 'function' ? (gc as () => void) : null
    } catch {
      collect = null
    }
  }
  collect?.()
}
