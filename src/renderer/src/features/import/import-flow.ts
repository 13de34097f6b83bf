// The import dialog's steps as plain data: choose a file → upload → map the columns → run → report.
// Calls to the core happen in the dialog; their answers and the core's events come back here as
// actions, and anything that arrives late or for another import is dropped.
import type { ConsentState } from '../../../../shared/contacts'
import type {
  ImportPreview,
  ImportProgress,
  ImportReport,
  MappingTarget,
  NameOrder,
  PreviewContact,
} from '../../../../shared/imports'

/** For rows without a consent column: did these people agree to receive messages? */
export type ImportConsent = 'granted' | 'unknown'

export interface ChooseState {
  step: 'choose'
  /** Why the last file could not be used; null when there is nothing to say. */
  error: unknown
}

export interface UploadState {
  step: 'upload'
  fileName: string
  size: number
  /** Bytes the core has received. */
  sent: number
}

export interface MappingState {
  step: 'mapping'
  importId: string
  preview: ImportPreview
  /** What the user has chosen; `preview` may still show an older choice while `refreshing`. */
  mapping: MappingTarget[]
  /** The encoding the user picked over the detected one, if they did. */
  encoding: string | undefined
  /** The order of full names the user switched to, if they did; else the preview's guess holds. */
  nameOrder: NameOrder | undefined
  /** The owner's answer to «согласны ли эти люди…»; null until they give one (no answer is assumed). */
  consent: ImportConsent | null
  /** Import was pressed before the consent question was answered: the question says so. */
  consentMissing: boolean
  refreshing: boolean
  /** The import was asked to start and has not answered yet. */
  starting: boolean
  error: unknown
}

export interface RunningState {
  step: 'running'
  importId: string
  fileName: string
  progress: ImportProgress
  /** The preview's estimate, until the core's own one arrives. */
  estimatedRows: number
  cancelling: boolean
  error: unknown
}

export interface ReportState {
  step: 'report'
  report: ImportReport
}

export type ImportState = ChooseState | UploadState | MappingState | RunningState | ReportState

export type ImportAction =
  | { type: 'fileChosen'; fileName: string; size: number }
  | { type: 'uploadProgress'; sent: number }
  | { type: 'previewLoaded'; importId: string; preview: ImportPreview }
  /** A call failed: the step that made it shows why. */
  | { type: 'failed'; error: unknown }
  | { type: 'mappingChanged'; column: number; target: MappingTarget }
  /** The answer to a preview asked for `mapping`. */
  | { type: 'previewRefreshed'; preview: ImportPreview }
  | { type: 'previewRefreshFailed'; mapping: MappingTarget[]; error: unknown }
  /** The file is read again in another encoding: its headers, and so the guessed mapping, change. */
  | { type: 'encodingChanged'; encoding: string }
  | { type: 'encodingPreviewLoaded'; encoding: string; preview: ImportPreview }
  | { type: 'encodingPreviewFailed'; encoding: string; error: unknown }
  /** The owner switched the order of the file's full names; a preview in that order is asked for. */
  | { type: 'nameOrderChanged'; nameOrder: NameOrder }
  | { type: 'consentChanged'; consent: ImportConsent }
  | { type: 'startRequested' }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'finished'; report: ImportReport }
  | { type: 'cancelRequested' }
  | { type: 'chooseAnother' }
  | { type: 'reset' }

export const initialImportState: ImportState = { step: 'choose', error: null }

export const importSteps = ['choose', 'mapping', 'running', 'report'] as const

/** Which of the four visible steps the state belongs to (uploading is part of choosing). */
export function stepIndex(state: ImportState): number {
  return state.step === 'upload' ? 0 : importSteps.indexOf(state.step)
}

export const sameMapping = (a: readonly MappingTarget[], b: readonly MappingTarget[]): boolean =>
  a.length === b.length && a.every((target, i) => target === b[i])

/** The import this state is waiting to hear about from the core's events, if any. */
function listeningTo(state: ImportState): string | undefined {
  if (state.step === 'running') return state.importId
  if (state.step === 'mapping' && state.starting) return state.importId
  return undefined
}

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'fileChosen':
      if (state.step !== 'choose') return state
      return { step: 'upload', fileName: action.fileName, size: action.size, sent: 0 }

    case 'uploadProgress':
      if (state.step !== 'upload') return state
      return { ...state, sent: action.sent }

    case 'previewLoaded':
      if (state.step !== 'upload') return state
      return {
        step: 'mapping',
        importId: action.importId,
        preview: action.preview,
        mapping: action.preview.mapping,
        encoding: undefined,
        nameOrder: undefined,
        consent: null,
        consentMissing: false,
        refreshing: false,
        starting: false,
        error: null,
      }

    case 'failed':
      switch (state.step) {
        case 'upload':
          return { step: 'choose', error: action.error }
        case 'mapping':
          return { ...state, starting: false, refreshing: false, error: action.error }
        case 'running':
          return { ...state, cancelling: false, error: action.error }
        default:
          return state
      }

    case 'mappingChanged': {
      if (state.step !== 'mapping' || state.starting) return state
      if (action.column < 0 || action.column >= state.mapping.length) return state
      const mapping = state.mapping.map((target, i) =>
        i === action.column ? action.target : target,
      )
      return { ...state, mapping, refreshing: true, error: null }
    }

    case 'previewRefreshed':
      // An answer for a choice the user has since changed again is stale: wait for the next one.
      if (
        state.step !== 'mapping' ||
        !sameMapping(action.preview.mapping, state.mapping) ||
        (state.nameOrder !== undefined && action.preview.nameOrder !== state.nameOrder)
      ) {
        return state
      }
      return { ...state, preview: action.preview, refreshing: false }

    case 'encodingChanged':
      if (state.step !== 'mapping' || state.starting) return state
      // Other headers, another guess: the order is guessed again too.
      return {
        ...state,
        encoding: action.encoding,
        nameOrder: undefined,
        refreshing: true,
        error: null,
      }

    case 'encodingPreviewLoaded':
      // Only the answer for the latest choice counts.
      if (state.step !== 'mapping' || state.encoding !== action.encoding) return state
      return {
        ...state,
        preview: action.preview,
        mapping: action.preview.mapping,
        refreshing: false,
      }

    case 'encodingPreviewFailed':
      if (state.step !== 'mapping' || state.encoding !== action.encoding) return state
      return { ...state, refreshing: false, error: action.error }

    case 'previewRefreshFailed':
      if (state.step !== 'mapping' || !sameMapping(action.mapping, state.mapping)) return state
      return { ...state, refreshing: false, error: action.error }

    case 'nameOrderChanged':
      if (state.step !== 'mapping' || state.starting) return state
      return { ...state, nameOrder: action.nameOrder, refreshing: true, error: null }

    case 'consentChanged':
      if (state.step !== 'mapping' || state.starting) return state
      return { ...state, consent: action.consent, consentMissing: false }

    case 'startRequested':
      if (state.step !== 'mapping' || state.starting || !canStart(state)) return state
      if (state.consent === null) return { ...state, consentMissing: true }
      return { ...state, starting: true, error: null }

    case 'progress': {
      // Events can overtake the answer to imports.start, so they are taken while starting too.
      if (listeningTo(state) !== action.progress.importId) return state
      if (state.step === 'running') {
        return isOlder(action.progress, state.progress)
          ? state
          : { ...state, progress: action.progress }
      }
      if (state.step !== 'mapping') return state
      return {
        step: 'running',
        importId: state.importId,
        fileName: state.preview.fileName,
        progress: action.progress,
        estimatedRows: state.preview.estimatedRows,
        cancelling: false,
        error: null,
      }
    }

    case 'finished':
      if (listeningTo(state) !== action.report.importId) return state
      return { step: 'report', report: action.report }

    case 'cancelRequested':
      if (state.step !== 'running' || state.cancelling) return state
      return { ...state, cancelling: true, error: null }

    case 'chooseAnother':
      if (state.step !== 'mapping' && state.step !== 'report') return state
      if (state.step === 'mapping' && state.starting) return state
      return initialImportState

    case 'reset':
      return initialImportState
  }
}

/** The answer to imports.start may arrive after events that are already further on. */
function isOlder(incoming: ImportProgress, current: ImportProgress): boolean {
  if (incoming.phase !== 'reading') return false
  return current.phase !== 'reading' || incoming.rowsDone < current.rowsDone
}

/** Without a phone column every row would be rejected, so the import cannot start. */
export const hasPhoneColumn = (mapping: readonly MappingTarget[]): boolean =>
  mapping.includes('phone')

export const canStart = (state: MappingState): boolean =>
  !state.starting && hasPhoneColumn(state.mapping)

/**
 * The consent a previewed row will get. The core previews a row without a consent answer as
 * "unknown"; the import gives it the choice made for the whole file. A consent cell it did not
 * understand is flagged, and stays unknown.
 */
export function previewConsent(
  contact: PreviewContact,
  chosen: ImportConsent | null,
): ConsentState {
  if (contact.consent !== 'unknown') return contact.consent
  const unclear = contact.problems.some((problem) => problem.code === 'unknown_consent_value')
  return unclear ? 'unknown' : (chosen ?? 'unknown')
}

/** How far the run is, 0…100; the estimate grows if the file turns out longer. */
export function runPercent(state: RunningState): number {
  const { phase, rowsDone, rowsEstimated } = state.progress
  if (phase !== 'reading') return 100
  const total = Math.max(rowsEstimated > 0 ? rowsEstimated : state.estimatedRows, rowsDone, 1)
  return Math.min(100, Math.round((rowsDone / total) * 100))
}

/** The row count to show beside "read N of about M". */
export function rowsExpected(state: RunningState): number {
  const { rowsDone, rowsEstimated } = state.progress
  return Math.max(rowsEstimated > 0 ? rowsEstimated : state.estimatedRows, rowsDone)
}

export const uploadPercent = (state: UploadState): number =>
  state.size === 0 ? 100 : Math.min(100, Math.round((state.sent / state.size) * 100))

/** The order the file's full names will be split by: the owner's switch, else the preview's guess. */
export const chosenNameOrder = (state: MappingState): NameOrder =>
  state.nameOrder ?? state.preview.nameOrder
