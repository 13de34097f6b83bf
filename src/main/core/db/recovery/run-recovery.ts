import type { RecoveryOptions, RecoveryOutcome } from './recovery-outcome'
import { leaveRecoveryNote } from './recovery-note'
import { restoreNewestCopy } from './restore-newest-copy'
import { startEmptyKeepingOptOuts } from './start-empty-keeping-opt-outs'

/** The two ways out of a damaged database, as the dialog and the host's `--recover` name them. */
export const recoveryActions = ['newest-copy', 'empty-keeping-opt-outs'] as const
export type RecoveryAction = (typeof recoveryActions)[number]

/** Runs it and leaves its summary for the core that opens next to show in the window. */
export function runRecovery(action: RecoveryAction, options: RecoveryOptions): RecoveryOutcome {
  const outcome =
    action === 'newest-copy' ? restoreNewestCopy(options) : startEmptyKeepingOptOuts(options)
  leaveRecoveryNote(options.dataDir, outcome, options.now)
  return outcome
}
