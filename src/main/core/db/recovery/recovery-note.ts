import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import type { RecoveryOutcome } from './recovery-outcome'
import { recoveryDoneText } from './recovery-texts'

/**
 * What a recovery did, said in both languages, left beside the database (`rupor.recovered.json`)
 * for the core that opens next: the desktop app runs the recovery before any window, so the
 * owner reads this in the window, once, in the language the window shows.
 */
export const recoveryNoteSchema = z.object({
  at: z.number(),
  ru: z.string(),
  en: z.string(),
})
export type RecoveryNote = z.infer<typeof recoveryNoteSchema>

export const recoveryNoteFileOf = (dataDir: string): string => join(dataDir, 'rupor.recovered.json')

type Log = (message: string, error: unknown) => void
// console.warn goes to the log file (logging/install-log.ts).
const warn: Log = (message, error) => {
  console.warn(message, error)
}
const removeFile = (file: string): void => {
  rmSync(file, { force: true })
}

/**
 * Leaves the note, whole or not at all (written under another name, then renamed). It is only a
 * summary: a note that cannot be written (a full disk, a locked folder) is logged, and the
 * recovery, already done, still succeeds.
 */
export function leaveRecoveryNote(
  dataDir: string,
  outcome: RecoveryOutcome,
  at: number,
  timeZone?: string,
  log: Log = warn,
): void {
  const file = recoveryNoteFileOf(dataDir)
  const partial = `${file}.partial`
  try {
    const note: RecoveryNote = {
      at,
      ru: recoveryDoneText(outcome, 'ru', timeZone),
      en: recoveryDoneText(outcome, 'en', timeZone),
    }
    writeFileSync(partial, `${JSON.stringify(note)}\n`)
    renameSync(partial, file)
  } catch (error) {
    log('recovery: its summary could not be left for the window', error)
    try {
      removeFile(partial)
    } catch {
      // Nothing more to do: a partial note is never read.
    }
  }
}

/**
 * The note, taken away: the next start does not say it again. A note that cannot be read (cut
 * short, edited) is dropped: the recovery itself is done, and only its summary is lost. Never
 * fails the start: a note that cannot be deleted (a file locked for a moment on Windows) is
 * logged and still given, once, to this core (dropRecoveryNote tries again when it is seen).
 */
export function takeRecoveryNote(
  dataDir: string,
  log: Log = warn,
  remove: (file: string) => void = removeFile,
): RecoveryNote | undefined {
  const file = recoveryNoteFileOf(dataDir)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  dropRecoveryNote(dataDir, log, remove)
  try {
    const parsed = recoveryNoteSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** Deletes the note, if it is there; a failure is logged, never thrown. */
export function dropRecoveryNote(
  dataDir: string,
  log: Log = warn,
  remove: (file: string) => void = removeFile,
): void {
  try {
    remove(recoveryNoteFileOf(dataDir))
  } catch (error) {
    log('recovery: its summary could not be deleted', error)
  }
}
