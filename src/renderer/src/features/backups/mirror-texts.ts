import type { TFunction } from 'i18next'
import { mirrorProblems, type MirrorProblem } from '../../../../shared/backups'
import { ApiCallError } from '../../api/errors'
import { errorMessage } from '../../i18n/error-message'

/** Why the second folder cannot take copies, in words: a clause ("the folder is not there."). */
export const mirrorProblemText = (problem: MirrorProblem, t: TFunction): string =>
  t(`backups.mirrorProblem.${problem}`)

/** The same as a sentence of its own, under the folder's field. */
const asSentence = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1)

/** A refused folder says which way it is unusable; anything else, as any error. */
export function setMirrorErrorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiCallError && error.code === 'invalid_input') {
    const said = error.issues.find((issue) => issue.path === 'folder')?.message
    const problem = mirrorProblems.find((known) => known === said)
    if (problem) return asSentence(mirrorProblemText(problem, t))
  }
  return errorMessage(error, t)
}
