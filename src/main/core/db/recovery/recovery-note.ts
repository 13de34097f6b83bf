import { readFileSync, rmSync, writeFileSync } from 'node:fs'
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

export function leaveRecoveryNote(
  dataDir: string,
  outcome: RecoveryOutcome,
  at: number,
  timeZone?: string,
): void {
  const note: RecoveryNote = {
    at,
    ru: recoveryDoneText(outcome, 'ru', timeZone),
    en: recoveryDoneText(outcome, 'en', timeZone),
  }
  writeFileSync(recoveryNoteFileOf(dataDir), `${JSON.stringify(note)}\n`)
}

/**
 * The note, taken away: the next start does not say it again. A note that cannot be read (cut
 * short, edited) is dropped: the recovery itself is done, and only its summary is lost.
 */
export function takeRecoveryNote(dataDir: string): RecoveryNote | undefined {
  const file = recoveryNoteFileOf(dataDir)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  rmSync(file, { force: true })
  try {
    const parsed = recoveryNoteSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
