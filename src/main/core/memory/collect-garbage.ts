import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | null | undefined

/**
 * A full collection of this thread's V8 heap, now. For after a burst that leaves much garbage and
 * then little allocation to trigger one: the upload of a big file (its chunks arrive as strings,
 * each kept until a collection) would otherwise hold some 150 MB through a whole million-row
 * import. Node exposes `gc` only with --expose-gc; the flag set at run time reaches a new context
 * (as jest's leak detector does). A no-op where that does not work.
 */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      const gc: unknown = runInNewContext('gc')
      collect = typeof gc === 'function' ? (gc as () => void) : null
    } catch {
      collect = null
    }
  }
  collect?.()
}
