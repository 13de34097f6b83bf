import { databaseDamaged } from '../errors'

/**
 * Whether the core's own connection may write now. Another connection to the same file (the
 * import worker's apply) holds SQLite's write lock from its BEGIN IMMEDIATE to its COMMIT; a write
 * on the core's connection meanwhile would stall the core's thread for up to busy_timeout (5 s).
 * So while the gate is closed, writes on the core's thread wait for it to open instead.
 *
 * States: open → draining (`close()` called: new async writers wait; sync writes still run, the
 * other connection has not locked yet) → closed (the other connection may lock) → open.
 */
export interface WriteGate {
  /** The other connection may hold the write lock: nothing on the core's thread writes. */
  closed(): boolean
  /** Resolves at once when open, else when the gate opens. */
  whenOpen(): Promise<void>
  /** Runs a synchronous writer now, or once the gate opens when it is closed (never lost). */
  defer(write: () => void): void
  /**
   * Async work that writes between awaits (a network answer recorded): it starts once the gate
   * is open and a `close()` waits for it to end, so its writes never meet the other lock.
   */
  hold<T>(work: () => T | Promise<T>): Promise<T>
  /** Starts a held piece of work when the gate is open (the caller has checked `open()`). */
  track<T>(answer: Promise<T>): Promise<T>
  /**
   * Resolves once closed: after any other close has opened again, and the held work has ended (or
   * `drainMs` passed). Rejects with `database_damaged`, leaving the gate open, when `refused()`
   * says the book takes no more writes: the other connection is not read-only as the core's is.
   */
  close(): Promise<void>
  open(): void
  /**
   * Background work whose awaits may end in a write (a Cloud API send in flight, a daily copy):
   * a close waits for `idle()` too.
   */
  alsoWaitFor(idle: () => Promise<unknown>): void
  /** Neither closed nor closing: a writer may start now. */
  isOpen(): boolean
}

/**
 * @param drainMs how long a close waits for held work (a slow network answer) before closing
 *   anyway: the import waits at most that long; a held writer later than that meets the lock and
 *   waits for it as SQLite's busy_timeout lets it (today's behaviour, now only in that rare case).
 */
export function createWriteGate(
  timers: {
    setTimeout: (callback: () => void, ms: number) => { cancel(): void }
  },
  drainMs = 10_000,
  /** The book takes no writes (found damaged): no other connection may write either. */
  refused: () => boolean = () => false,
): WriteGate {
  let state: 'open' | 'draining' | 'closed' = 'open'
  let held = 0
  let opened: { promise: Promise<void>; resolve: () => void } | undefined
  let drained: (() => void) | undefined
  const deferred: (() => void)[] = []

  const waitOpen = (): Promise<void> => {
    if (state === 'open') return Promise.resolve()
    opened ??= withResolvers()
    return opened.promise
  }
  // A function, not a comparison: TypeScript would keep `state` narrowed across the awaits.
  const draining = (): boolean => state === 'draining'
  const background: (() => Promise<unknown>)[] = []
  /** Until no held work runs and the background work in flight has ended. */
  const drain = async (): Promise<void> => {
    for (;;) {
      while (held > 0) await new Promise<void>((resolve) => (drained = resolve))
      await Promise.all(background.map((idle) => idle().catch(() => undefined)))
      if (held === 0) return
    }
  }
  const release = (): void => {
    held -= 1
    if (held === 0 && drained) drained()
  }
  const track = <T>(answer: Promise<T>): Promise<T> => {
    held += 1
    return answer.finally(release)
  }

  async function hold<T>(work: () => T | Promise<T>): Promise<T> {
    while (state !== 'open') await waitOpen()
    const answer = work()
    return answer instanceof Promise ? track(answer) : answer
  }

  function openGate(): void {
    if (state === 'open') return
    state = 'open'
    const waiting = opened
    opened = undefined
    waiting?.resolve()
    // In the order they came; one that throws must not keep the others from running.
    for (const write of deferred.splice(0)) {
      try {
        write()
      } catch (error) {
        console.error('A write deferred during an import failed:', error)
      }
    }
  }

  return {
    closed: () => state === 'closed',
    isOpen: () => state === 'open',
    whenOpen: waitOpen,
    defer(write) {
      if (state !== 'closed') write()
      else deferred.push(write)
    },
    track,
    hold,
    async close() {
      // Another close first (a second import's apply): this one waits for it to open again.
      while (state !== 'open') await waitOpen()
      if (refused()) throw databaseDamaged()
      state = 'draining'
      let timer: { cancel(): void } | undefined
      const late = new Promise<void>((resolve) => (timer = timers.setTimeout(resolve, drainMs)))
      await Promise.race([drain(), late])
      timer?.cancel()
      drained = undefined
      // An open() meanwhile (the other side gave up) leaves it open.
      if (!draining()) return
      if (refused()) {
        openGate()
        throw databaseDamaged()
      }
      state = 'closed'
    },
    alsoWaitFor(idle) {
      background.push(idle)
    },
    open: openGate,
  }
}

function withResolvers(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {}
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}
