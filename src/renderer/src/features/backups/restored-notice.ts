import type { RestoreOutcome } from '../../../../shared/backups'

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
    return { restored: raw.restored, keptAs: raw.keptAs }
  } catch {
    return undefined
  }
}
