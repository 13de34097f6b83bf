import type { Database } from 'better-sqlite3'
import type { Clock, TimerHandle } from '../time/clock'
import type { BackgroundCheck, CheckOutcome } from './background-check'
import { damageOf } from './damage-of'

/** How long a file known whole goes without a full check: a disk's slow rot shows within a week. */
export const integrityCheckPeriodMs = 7 * 24 * 60 * 60 * 1000

/** The last whole check's time, a row of the settings table that the settings service ignores. */
export const checkedAtKey = 'integrity_checked_at'

export type IntegrityState = 'unchecked' | 'checking' | 'whole' | 'damaged'

/**
 * When the next full check is due. A file not known whole at open (the last run was killed, or
 * the file changed while Rupor was closed) is checked now; otherwise a period after the last
 * check. A file never checked (new) starts its period now.
 */
export function nextCheckAt(facts: {
  knownWhole: boolean
  lastCheckedAt: number | null
  now: number
  periodMs: number
}): number {
  if (!facts.knownWhole) return facts.now
  if (facts.lastCheckedAt === null) return facts.now + facts.periodMs
  // A check recorded in the future (the computer's clock was set back) waits no longer than a period.
  const due = Math.min(facts.lastCheckedAt, facts.now) + facts.periodMs
  return Math.max(facts.now, due)
}

export interface IntegrityWatchOptions {
  db: Database
  clock: Clock
  knownWhole: boolean
  /** A check on a connection of its own, off the core's thread (background-check.ts). */
  check: () => BackgroundCheck
  /** Damage found: from now on writes are refused (the core's part). */
  onDamaged: (problems: readonly string[]) => void
  periodMs?: number
  log?: (message: string) => void
  /** Why the check fell back to blocking the core's thread (a worker that could not run). */
  warn?: (message: string) => void
}

/**
 * The database's full check, off the start's critical path: now in the background after an
 * unclean shutdown, then once a period. Until it answers the app is usable as usual; only
 * damage found changes anything (`onDamaged`).
 */
export function createIntegrityWatch(options: IntegrityWatchOptions) {
  const { db, clock, periodMs = integrityCheckPeriodMs } = options
  const log = options.log ?? ((message: string) => console.error(message))
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const readCheckedAt = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?')
  const writeCheckedAt = db.prepare<[string, string, number]>(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  )
  const lastCheckedAt = (): number | null => {
    const value = Number(JSON.parse(readCheckedAt.pluck().get(checkedAtKey) ?? 'null'))
    return Number.isFinite(value) && value > 0 ? value : null
  }
  const recordChecked = (at: number) => writeCheckedAt.run(checkedAtKey, JSON.stringify(at), at)

  let state: IntegrityState = options.knownWhole ? 'whole' : 'unchecked'
  let problems: readonly string[] = []
  let timer: TimerHandle | undefined
  let running: BackgroundCheck | undefined
  let finished: Promise<void> = Promise.resolve()
  let stopped = false

  const schedule = (at: number) => {
    timer?.cancel()
    timer = clock.setTimeout(run, at - clock.now())
  }

  /** The same check on the core's own connection, blocking: only when the worker cannot run. */
  const checkHere = (): CheckOutcome => {
    try {
      const rows = db.pragma('quick_check') as { quick_check: string }[]
      const found = rows.map((row) => row.quick_check).filter((text) => text !== 'ok')
      return found.length === 0 ? { kind: 'whole' } : { kind: 'damaged', problems: found }
    } catch (error) {
      const damage = damageOf(error)
      return damage === undefined
        ? { kind: 'failed', reason: String(error) }
        : { kind: 'damaged', problems: [damage] }
    }
  }

  const settle = (outcome: CheckOutcome) => {
    // Damage once found stays found until the file is replaced (a restart's recovery).
    if (stopped || state === 'damaged') return
    if (outcome.kind === 'whole') {
      state = 'whole'
      recordChecked(clock.now())
      schedule(clock.now() + periodMs)
    } else if (outcome.kind === 'damaged') {
      state = 'damaged'
      problems = outcome.problems
      log(`The database check found damage: ${outcome.problems.join('; ')}`)
      options.onDamaged(outcome.problems)
    } else {
      // Not a verdict on the file: tried again a period later.
      state = state === 'checking' ? 'unchecked' : state
      log(`The database check could not run: ${outcome.reason}`)
      schedule(clock.now() + periodMs)
    }
  }

  function run(): void {
    if (stopped || state === 'damaged' || running) return
    state = 'checking'
    const check = options.check()
    running = check
    finished = check.done.then((outcome) => {
      running = undefined
      // A connection closed meanwhile (its core went, even unstopped): the watch ends here, with no
      // check of its own on it and nothing said about a worker that went with the files.
      if (!db.open) stopped = true
      if (outcome.kind !== 'failed' || stopped) {
        settle(outcome)
        return
      }
      // A worker that could not start: the check still runs, on this thread, this once.
      warn(
        `The background database check could not run (${outcome.reason}): checking on the core's thread`,
      )
      settle(checkHere())
    })
  }

  return {
    /** Starts watching: the first check now or when due. */
    start(): void {
      const last = lastCheckedAt()
      // A new file's period starts now, even if Rupor is restarted every day.
      if (last === null && options.knownWhole) recordChecked(clock.now())
      const at = nextCheckAt({
        knownWhole: options.knownWhole,
        lastCheckedAt: last,
        now: clock.now(),
        periodMs,
      })
      if (at <= clock.now()) run()
      else schedule(at)
    },
    /** A call met SQLite's word of damage while the app ran: as if a check had found it. */
    damageMet(error: unknown): void {
      const damage = damageOf(error)
      if (damage !== undefined && state !== 'damaged')
        settle({ kind: 'damaged', problems: [damage] })
    },
    /**
     * Something else met a sign of damage (a daily copy that failed its check): the whole file is
     * checked now, unless a check is already under way or damage is already known.
     */
    checkNow(): void {
      if (state === 'damaged' || stopped || running) return
      timer?.cancel()
      run()
    },
    state: (): IntegrityState => state,
    damaged: (): boolean => state === 'damaged',
    problems: (): readonly string[] => problems,
    /** The check under way, if any, has answered (a daily copy waits for it; tests too). */
    idle: (): Promise<void> => finished,
    stop(): void {
      stopped = true
      timer?.cancel()
      running?.stop()
    },
  }
}

export type IntegrityWatch = ReturnType<typeof createIntegrityWatch>
