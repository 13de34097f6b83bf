// Runs the import dialog: makes the calls each step needs and feeds their answers, and the core's
// progress events, to the pure reducer in import-flow.ts.
import { useEffect, useReducer, useRef } from 'react'
import type { MappingTarget, NameOrder } from '../../../../shared/imports'
import { useApi } from '../../api/api-context'
import { useApiEvent } from '../../api/use-api-event'
import {
  chosenNameOrder,
  importReducer,
  initialImportState,
  type ImportConsent,
} from './import-flow'
import { uploadFile } from './upload-file'

export function useImportFlow() {
  const api = useApi()
  const [state, dispatch] = useReducer(importReducer, initialImportState)
  /** The upload under way; aborted when the dialog closes or starts over. */
  const upload = useRef<AbortController | null>(null)

  useApiEvent('imports.progress', (progress) => {
    dispatch({ type: 'progress', progress })
  })
  useApiEvent('imports.finished', (report) => {
    dispatch({ type: 'finished', report })
  })
  useEffect(() => () => upload.current?.abort(), [])

  async function chooseFile(file: File) {
    if (state.step !== 'choose') return
    upload.current?.abort()
    const controller = new AbortController()
    upload.current = controller
    const { signal } = controller
    dispatch({ type: 'fileChosen', fileName: file.name, size: file.size })
    try {
      const importId = await uploadFile(api, file, {
        signal,
        onProgress: (sent) => {
          dispatch({ type: 'uploadProgress', sent })
        },
      })
      const preview = await api.call('imports.preview', { importId })
      if (!signal.aborted) dispatch({ type: 'previewLoaded', importId, preview })
    } catch (error) {
      if (!signal.aborted) dispatch({ type: 'failed', error })
    }
  }

  async function changeMapping(column: number, target: MappingTarget) {
    if (state.step !== 'mapping' || state.starting) return
    const mapping = state.mapping.map((current, i) => (i === column ? target : current))
    dispatch({ type: 'mappingChanged', column, target })
    try {
      const preview = await api.call('imports.preview', {
        importId: state.importId,
        mapping,
        encoding: state.encoding,
        nameOrder: state.nameOrder,
      })
      dispatch({ type: 'previewRefreshed', preview })
    } catch (error) {
      dispatch({ type: 'previewRefreshFailed', mapping, error })
    }
  }

  async function changeNameOrder(nameOrder: NameOrder) {
    if (state.step !== 'mapping' || state.starting) return
    const { importId, mapping, encoding } = state
    dispatch({ type: 'nameOrderChanged', nameOrder })
    try {
      const preview = await api.call('imports.preview', { importId, mapping, encoding, nameOrder })
      dispatch({ type: 'previewRefreshed', preview })
    } catch (error) {
      dispatch({ type: 'previewRefreshFailed', mapping, error })
    }
  }

  async function changeEncoding(encoding: string) {
    if (state.step !== 'mapping' || state.starting) return
    dispatch({ type: 'encodingChanged', encoding })
    try {
      const preview = await api.call('imports.preview', { importId: state.importId, encoding })
      dispatch({ type: 'encodingPreviewLoaded', encoding, preview })
    } catch (error) {
      dispatch({ type: 'encodingPreviewFailed', encoding, error })
    }
  }

  async function start() {
    if (state.step !== 'mapping') return
    const { importId, mapping, consent, encoding } = state
    const nameOrder = chosenNameOrder(state)
    dispatch({ type: 'startRequested' })
    // Unanswered, the consent question asks again instead (the reducer marks it).
    if (consent === null) return
    try {
      const progress = await api.call('imports.start', {
        importId,
        mapping,
        consent,
        encoding,
        nameOrder,
      })
      dispatch({ type: 'progress', progress })
    } catch (error) {
      dispatch({ type: 'failed', error })
    }
  }

  async function cancel() {
    if (state.step !== 'running') return
    const { importId } = state
    dispatch({ type: 'cancelRequested' })
    try {
      // The report arrives with the imports.finished event.
      await api.call('imports.cancel', { importId })
    } catch (error) {
      // Most likely it has just finished: show what it did, or else why cancelling failed.
      try {
        dispatch({ type: 'finished', report: await api.call('imports.report', { importId }) })
      } catch {
        dispatch({ type: 'failed', error })
      }
    }
  }

  return {
    state,
    chooseFile: (file: File) => void chooseFile(file),
    changeMapping: (column: number, target: MappingTarget) => void changeMapping(column, target),
    changeEncoding: (encoding: string) => void changeEncoding(encoding),
    changeNameOrder: (nameOrder: NameOrder) => void changeNameOrder(nameOrder),
    setConsent: (consent: ImportConsent) => {
      dispatch({ type: 'consentChanged', consent })
    },
    start: () => void start(),
    cancel: () => void cancel(),
    chooseAnother: () => {
      dispatch({ type: 'chooseAnother' })
    },
    /** Back to the start, for the next time the dialog opens. */
    reset: () => {
      upload.current?.abort()
      dispatch({ type: 'reset' })
    },
  }
}
