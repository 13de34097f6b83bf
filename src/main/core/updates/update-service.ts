import type { Language } from '../../../shared/settings'
import type { UpdateStage, UpdateStatus, UpdatesUnavailable } from '../../../shared/updates'
import type { SendingNow } from '../scheduler/sending-now'
import type { Clock, TimerHandle } from '../time/clock'
import { decideUpdate, updateStateOf, type UpdateFacts } from './update-decision'
import { stageOfError } from './update-error'
import type { Updater, UpdaterState } from './updater'

/**
 * Runs the update decision over time: checks at start and daily, asks the owner when a
 * downloaded version may be installed, and re-decides whenever the updater, the campaigns or the
 * clock (a sending window opening or closing) change what is true.
 */
export function createUpdateService(options: {
  clock: Clock
  /** The shell's updater; none in the browser host or a development build. */
  updater: Updater | undefined
  unavailable: UpdatesUnavailable
  version: string
  sendingNow: (at: number) => SendingNow
  language: () => Language | null
  onStatus: (status: UpdateStatus) => void
}) {
  const { clock, updater } = options
  let lastCheckAt: number | null = null
  let later: UpdateFacts['later'] = null
  let asking = false
  let installing = false
  let stopped = false
  let timer: TimerHandle | undefined
  let published = ''
  // The step the last error came from, and the updater's state before it (to infer that step).
  let errorStage: UpdateStage = 'check'
  let before: UpdaterState['kind'] = updater?.state().kind ?? 'idle'

  const factsNow = (): { facts: UpdateFacts; sending: SendingNow } | undefined => {
    if (!updater) return undefined
    const now = clock.now()
    const sending = options.sendingNow(now)
    return {
      sending,
      facts: {
        now,
        updater: updater.state(),
        sending: sending.sending,
        lastCheckAt,
        later,
        asking,
        installing,
      },
    }
  }

  function status(): UpdateStatus {
    const current = factsNow()
    return {
      version: options.version,
      state: current
        ? updateStateOf(current.facts.updater, current.facts.sending, errorStage)
        : { kind: 'unavailable', why: options.unavailable },
      lastCheckAt,
    }
  }

  function publish(): void {
    const next = status()
    const text = JSON.stringify(next)
    if (text === published) return
    published = text
    options.onStatus(next)
  }

  function check(): void {
    lastCheckAt = clock.now()
    updater?.check()
  }

  async function ask(version: string): Promise<void> {
    if (!updater) return
    asking = true
    let yes = false
    try {
      yes = await updater.askToRestart(version, options.language())
    } catch (error) {
      // A dialog that failed is a "Later": Settings still offers the restart.
      console.error('The update question failed:', error instanceof Error ? error.name : 'error')
    } finally {
      asking = false
    }
    if (stopped) return
    if (!yes) later = { version, at: clock.now() }
    // The answer may come long after the question: a campaign may have started meanwhile.
    else if (!restart()) later = null
    evaluate()
  }

  /** Restarts into the downloaded version if the decision allows it now; false if it does not. */
  function restart(): boolean {
    const current = factsNow()
    if (!updater || !current || !decideUpdate(current.facts).mayInstall) return false
    installing = true
    publish()
    updater.install()
    return true
  }

  // The updater may report synchronously from inside check(): decide again after, not within.
  let evaluating = false
  /** How many times a decision was asked for; one asked for during a decision runs after it. */
  let requests = 0
  function evaluate(): void {
    requests += 1
    if (evaluating) return
    evaluating = true
    try {
      for (;;) {
        const seen = requests
        evaluateOnce()
        if (requests === seen) break
      }
    } finally {
      evaluating = false
    }
  }

  function evaluateOnce(): void {
    if (stopped) return
    const current = factsNow()
    if (!updater || !current) {
      publish()
      return
    }
    const decision = decideUpdate(current.facts)
    if (decision.checkNow) {
      check()
      // Decide the rest on what the updater says now.
      requests += 1
      return
    }
    if (decision.offer) {
      const state = updater.state()
      if (state.kind === 'downloaded') void ask(state.version)
    }
    // Wake for the next check, a window opening or closing, or the end of a "Later".
    const wakes = [decision.nextCheckAt, current.sending.changesAt, decision.laterEndsAt].filter(
      (at): at is number => at !== null && at > clock.now(),
    )
    timer?.cancel()
    timer =
      wakes.length > 0 ? clock.setTimeout(evaluate, Math.min(...wakes) - clock.now()) : undefined
    publish()
  }

  const stopListening = updater?.onState((state) => {
    // An install that failed (macOS refuses an unsigned update, say) reports an error: the
    // service is not left "installing" for good, so checks and the question come back.
    if (state.kind === 'error') {
      errorStage = stageOfError(state, before, installing)
      installing = false
    }
    before = state.kind
    evaluate()
  })

  return {
    /** The first check (at start) and the clock's wakes from then on. */
    start: evaluate,
    /** The campaigns or the senders changed: is something sending now? */
    campaignsChanged: evaluate,
    status,
    /** "Check for updates": at once, unless a check or download is under way. */
    checkNow(): UpdateStatus {
      const current = factsNow()
      if (current) {
        const kind = current.facts.updater.kind
        if (kind !== 'checking' && kind !== 'available' && kind !== 'downloading' && !installing)
          check()
        evaluate()
      }
      return status()
    },
    /** Settings' "Restart to update": only when nothing is sending (the status says held if not). */
    restartNow(): UpdateStatus {
      restart()
      return status()
    },
    stop(): void {
      stopped = true
      timer?.cancel()
      stopListening?.()
    },
  }
}

export type UpdateService = ReturnType<typeof createUpdateService>
