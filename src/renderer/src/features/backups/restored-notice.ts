import type { CarriedForward, RestoreOutcome } from '../../../../shared/backups'

// The window reloads after a restore; what to tell the owner crosses the reload in sessionStorage.
const storageKey = 'rupor.restored'

export function rememberRestore(outcome: RestoreOutcome): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(outcome))
  } catch {
    // Storage disabled: the data is restored all the same, only the note is lost.
  }
}

/** The restore that just happened, once: reading it forgets it. */
export function takeRestore(): RestoreOutcome | undefined {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null')
    sessionStorage.removeItem(storageKey)
    if (typeof raw !== 'object' || raw === null) return undefined
    if (!('restored' in raw) || typeof raw.restored !== 'string') return undefined
    if (!('keptAs' in raw) || typeof raw.keptAs !== 'string') return undefined
    const carried = 'carried' in raw ? raw.carried : undefined
    return { restored: raw.restored, keptAs: raw.keptAs, carried: countsOf(carried) }
  } catch {
    return undefined
  }
}

export const carriedKeys = [
  'optOuts',
  'resubscriptions',
  'withdrawals',
  'sends',
  'items',
  'blocks',
] as const

/** The counts as stored; one that is missing or not a count reads as 0. */
function countsOf(value: unknown): CarriedForward {
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const count = (key: (typeof carriedKeys)[number]) => {
    const n = record[key]
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0
  }
  return {
    optOuts: count('optOuts'),
    resubscriptions: count('resubscriptions'),
    withdrawals: count('withdrawals'),
    sends: count('sends'),
    items: count('items'),
    blocks: count('blocks'),
  }
}

/** Whether the restore carried anything forward from the data before it. */
export const carriedAnything = (carried: CarriedForward): boolean =>
  carriedKeys.some((key) => carried[key] > 0)
