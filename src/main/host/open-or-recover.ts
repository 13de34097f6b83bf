import { DatabaseOpenError } from '../core/db/database-error'
import { recoveryChoices } from '../core/db/recovery/recovery-choices'
import {
  recoveryDoneText,
  recoveryInstructions,
  type RecoveryLanguage,
} from '../core/db/recovery/recovery-texts'
import { runRecovery, type RecoveryAction } from '../core/db/recovery/run-recovery'
import { recoverCommand } from './recover-command'

export interface OpenOrRecoverOptions {
  dataDir: string
  /** `--recover`: what to do if, and only if, the database is damaged. */
  recover: RecoveryAction | undefined
  lang: RecoveryLanguage
  now: () => number
  /** The host's own command line, to print the commands that recover. */
  argv: readonly string[]
  print: (text: string) => void
}

/**
 * Opens the core (in this thread, or in the core's worker). A damaged database without
 * `--recover` stops the host with the choices and the command for each (an Error whose message
 * says it all); with `--recover`, that recovery runs and the core opens on the result. A healthy
 * database is never recovered.
 */
export async function openOrRecover<Opened>(
  open: () => Opened | Promise<Opened>,
  options: OpenOrRecoverOptions,
): Promise<Opened> {
  try {
    const core = await open()
    if (options.recover)
      options.print('The database is not damaged: --recover was not needed and changed nothing.')
    return core
  } catch (error) {
    if (!(error instanceof DatabaseOpenError && error.problem === 'damaged')) throw error
    const choices = recoveryChoices(options.dataDir)
    if (!options.recover) {
      const howTo = recoveryInstructions(choices, options.lang, (action) =>
        recoverCommand(options.argv, action),
      )
      throw new Error(`${error.message}\n\n${howTo}`, { cause: error })
    }
    const outcome = runRecovery(options.recover, { dataDir: options.dataDir, now: options.now() })
    options.print(recoveryDoneText(outcome, options.lang))
    return await open()
  }
}
