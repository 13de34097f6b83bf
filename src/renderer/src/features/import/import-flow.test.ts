import { describe, expect, it } from 'vitest'
import type {
  ImportPreview,
  ImportProgress,
  ImportReport,
  MappingTarget,
  PreviewContact,
} from '../../../../shared/imports'
import {
  importReducer,
  initialImportState,
  previewConsent,
  rowsExpected,
  runPercent,
  stepIndex,
  uploadPercent,
  chosenNameOrder,
  type ImportAction,
  type ImportState,
  type MappingState,
  type RunningState,
} from './import-flow'

const importId = 'import-0001'

const preview = (mapping: MappingTarget[] = ['fullName', 'phone', 'tags']): ImportPreview => ({
  importId,
  fileName: 'клиенты.csv',
  format: 'csv',
  encoding: 'windows-1251',
  delimiter: ';',
  headers: ['ФИО', 'Телефон', 'Группа'],
  mapping,
  sampleRows: [['Анна Петрова', '8 916 123-45-67', 'VIP']],
  sampleContacts: [],
  nameOrder: 'last_first',
  splitsNames: true,
  faxColumns: [],
  estimatedRows: 120,
})

const progress = (
  rowsDone: number,
  phase: ImportProgress['phase'] = 'reading',
): ImportProgress => ({
  importId,
  phase,
  rowsDone,
  rowsEstimated: 0,
})

const report = (id = importId): ImportReport => ({
  importId: id,
  fileName: 'клиенты.csv',
  status: 'finished',
  rows: 3,
  added: 2,
  updated: 0,
  unchanged: 0,
  mergedDuplicates: 0,
  rejected: 1,
  flagged: 0,
  problems: [],
  fileProblem: null,
})

const run = (actions: ImportAction[], from: ImportState = initialImportState): ImportState =>
  actions.reduce(importReducer, from)

const toMapping: ImportAction[] = [
  { type: 'fileChosen', fileName: 'клиенты.csv', size: 2048 },
  { type: 'uploadProgress', sent: 1024 },
  { type: 'previewLoaded', importId, preview: preview() },
]

/** The owner's answer to the consent question, which Import waits for. */
const answered: ImportAction = { type: 'consentChanged', consent: 'unknown' }

function mappingState(actions: ImportAction[] = []): MappingState {
  const state = run([...toMapping, ...actions])
  if (state.step !== 'mapping') throw new Error(`expected the mapping step, got ${state.step}`)
  return state
}

function runningState(actions: ImportAction[] = []): RunningState {
  const state = run([
    ...toMapping,
    answered,
    { type: 'startRequested' },
    { type: 'progress', progress: progress(0) },
    ...actions,
  ])
  if (state.step !== 'running') throw new Error(`expected the running step, got ${state.step}`)
  return state
}

describe('choosing and uploading a file', () => {
  it('shows the upload, then the guessed mapping with the consent question unanswered', () => {
    const uploading = run(toMapping.slice(0, 2))
    expect(uploading).toMatchObject({ step: 'upload', sent: 1024, size: 2048 })
    expect(uploading.step === 'upload' && uploadPercent(uploading)).toBe(50)
    expect(stepIndex(uploading)).toBe(0)

    const state = mappingState()
    expect(state).toMatchObject({
      importId,
      mapping: ['fullName', 'phone', 'tags'],
      consent: null,
      consentMissing: false,
      refreshing: false,
      starting: false,
      error: null,
    })
    expect(stepIndex(state)).toBe(1)
  })

  it('goes back to choosing, with the reason, when the upload or first preview fails', () => {
    const error = new Error('file_problem')
    const chosen: ImportAction = { type: 'fileChosen', fileName: 'a.csv', size: 10 }
    expect(run([chosen, { type: 'failed', error }])).toEqual({ step: 'choose', error })
  })

  it('counts an empty file as fully uploaded', () => {
    expect(uploadPercent({ step: 'upload', fileName: 'a.csv', size: 0, sent: 0 })).toBe(100)
  })
})

describe('changing the mapping', () => {
  it('takes the new choice at once and the preview only for the latest choice', () => {
    let state: ImportState = mappingState([
      { type: 'mappingChanged', column: 2, target: 'notes' },
      { type: 'mappingChanged', column: 0, target: 'lastName' },
    ])
    expect(state).toMatchObject({ mapping: ['lastName', 'phone', 'notes'], refreshing: true })

    // The answer for the first change arrives after the second change: it is stale.
    state = importReducer(state, {
      type: 'previewRefreshed',
      preview: preview(['fullName', 'phone', 'notes']),
    })
    expect(state).toMatchObject({ refreshing: true })
    expect(state.step === 'mapping' && state.preview.mapping).toEqual(['fullName', 'phone', 'tags'])

    state = importReducer(state, {
      type: 'previewRefreshed',
      preview: preview(['lastName', 'phone', 'notes']),
    })
    expect(state).toMatchObject({ refreshing: false, mapping: ['lastName', 'phone', 'notes'] })
    expect(state.step === 'mapping' && state.preview.mapping).toEqual([
      'lastName',
      'phone',
      'notes',
    ])
  })

  it('shows a failed preview only if it was for the current choice', () => {
    const error = new Error('boom')
    const changed = mappingState([{ type: 'mappingChanged', column: 2, target: 'ignore' }])
    expect(
      importReducer(changed, {
        type: 'previewRefreshFailed',
        mapping: ['ignore', 'phone', 'tags'],
        error,
      }),
    ).toBe(changed)
    expect(
      importReducer(changed, {
        type: 'previewRefreshFailed',
        mapping: ['fullName', 'phone', 'ignore'],
        error,
      }),
    ).toMatchObject({ refreshing: false, error })
  })

  it('ignores a column that does not exist', () => {
    const state = mappingState()
    expect(importReducer(state, { type: 'mappingChanged', column: 3, target: 'phone' })).toBe(state)
  })

  it('will not start without a phone column', () => {
    const state = mappingState([{ type: 'mappingChanged', column: 1, target: 'notes' }])
    expect(importReducer(state, { type: 'startRequested' })).toBe(state)
  })

  it('keeps the consent chosen for the whole file', () => {
    expect(mappingState([{ type: 'consentChanged', consent: 'granted' }]).consent).toBe('granted')
  })

  it('does not start before the consent question is answered: it asks, and an answer clears that', () => {
    const pressed = mappingState([{ type: 'startRequested' }])
    expect(pressed).toMatchObject({ starting: false, consentMissing: true, consent: null })
    const answer = importReducer(pressed, { type: 'consentChanged', consent: 'unknown' })
    expect(answer).toMatchObject({ consent: 'unknown', consentMissing: false })
    expect(importReducer(answer, { type: 'startRequested' })).toMatchObject({ starting: true })
  })
})

describe('switching the order of full names', () => {
  const inOrder = (nameOrder: 'last_first' | 'first_last'): ImportPreview => ({
    ...preview(),
    nameOrder,
  })

  it('starts from the preview’s guess, and takes only the preview in the order switched to', () => {
    let state: ImportState = mappingState()
    expect(chosenNameOrder(mappingState())).toBe('last_first')
    state = importReducer(state, { type: 'nameOrderChanged', nameOrder: 'first_last' })
    expect(state).toMatchObject({ nameOrder: 'first_last', refreshing: true })
    // An answer still in the old order (a mapping change just before) is stale.
    state = importReducer(state, { type: 'previewRefreshed', preview: inOrder('last_first') })
    expect(state).toMatchObject({ refreshing: true })
    state = importReducer(state, { type: 'previewRefreshed', preview: inOrder('first_last') })
    expect(state).toMatchObject({ refreshing: false })
    expect(state.step === 'mapping' && chosenNameOrder(state)).toBe('first_last')
  })

  it('guesses again in another encoding, and is not switched while starting', () => {
    const switched = mappingState([{ type: 'nameOrderChanged', nameOrder: 'first_last' }])
    expect(importReducer(switched, { type: 'encodingChanged', encoding: 'UTF-8' })).toMatchObject({
      nameOrder: undefined,
    })
    const starting = mappingState([answered, { type: 'startRequested' }])
    expect(importReducer(starting, { type: 'nameOrderChanged', nameOrder: 'first_last' })).toBe(
      starting,
    )
  })
})

describe('running the import', () => {
  it('waits for the core after Import, and freezes the choices meanwhile', () => {
    const starting = mappingState([answered, { type: 'startRequested' }])
    expect(starting.starting).toBe(true)
    expect(importReducer(starting, { type: 'mappingChanged', column: 0, target: 'ignore' })).toBe(
      starting,
    )
    expect(importReducer(starting, { type: 'consentChanged', consent: 'granted' })).toBe(starting)
    expect(importReducer(starting, { type: 'startRequested' })).toBe(starting)
  })

  it('returns to the mapping with the reason when the start is refused', () => {
    const error = new Error('refused')
    expect(
      mappingState([answered, { type: 'startRequested' }, { type: 'failed', error }]),
    ).toMatchObject({
      step: 'mapping',
      starting: false,
      error,
    })
  })

  it('follows progress events for its own import only', () => {
    let state: ImportState = runningState()
    expect(stepIndex(state)).toBe(2)
    state = importReducer(state, {
      type: 'progress',
      progress: { ...progress(500), importId: 'other-import' },
    })
    expect(state).toMatchObject({ progress: { rowsDone: 0 } })
    state = importReducer(state, {
      type: 'progress',
      progress: { ...progress(60), rowsEstimated: 240 },
    })
    expect(state).toMatchObject({ progress: { rowsDone: 60, rowsEstimated: 240 } })
    expect(state.step === 'running' && runPercent(state)).toBe(25)
  })

  it('ignores events before Import is pressed', () => {
    const state = mappingState()
    expect(importReducer(state, { type: 'progress', progress: progress(10) })).toBe(state)
    expect(importReducer(state, { type: 'finished', report: report() })).toBe(state)
  })

  it('does not go backwards when the answer to start arrives after later events', () => {
    const state = runningState([
      { type: 'progress', progress: progress(5000) },
      { type: 'progress', progress: progress(0) },
    ])
    expect(state.progress.rowsDone).toBe(5000)
    const saving = importReducer(state, { type: 'progress', progress: progress(9000, 'saving') })
    expect(importReducer(saving, { type: 'progress', progress: progress(7000) })).toBe(saving)
  })

  it('estimates from the preview until the core knows better, and never below what was read', () => {
    const state = runningState([{ type: 'progress', progress: progress(30) }])
    expect(rowsExpected(state)).toBe(120)
    expect(runPercent(state)).toBe(25)
    const longer = runningState([{ type: 'progress', progress: progress(150) }])
    expect(rowsExpected(longer)).toBe(150)
    expect(runPercent(longer)).toBe(100)
  })

  it('shows the report when its own import finishes, even before the answer to start', () => {
    const starting = mappingState([answered, { type: 'startRequested' }])
    expect(importReducer(starting, { type: 'finished', report: report('other-import') })).toBe(
      starting,
    )
    const done = importReducer(starting, { type: 'finished', report: report() })
    expect(done).toEqual({ step: 'report', report: report() })
    expect(stepIndex(done)).toBe(3)
    expect(importReducer(done, { type: 'progress', progress: progress(3, 'finished') })).toBe(done)
  })

  it('cancels once, and shows why if cancelling fails', () => {
    const cancelling = runningState([{ type: 'cancelRequested' }])
    expect(cancelling.cancelling).toBe(true)
    expect(importReducer(cancelling, { type: 'cancelRequested' })).toBe(cancelling)
    const error = new Error('not running')
    expect(importReducer(cancelling, { type: 'failed', error })).toMatchObject({
      step: 'running',
      cancelling: false,
      error,
    })
  })
})

describe('starting over', () => {
  it('goes back to choosing a file from the mapping or the report, not while running', () => {
    expect(run([{ type: 'chooseAnother' }], mappingState())).toEqual(initialImportState)
    expect(run([{ type: 'chooseAnother' }], { step: 'report', report: report() })).toEqual(
      initialImportState,
    )
    const running = runningState()
    expect(importReducer(running, { type: 'chooseAnother' })).toBe(running)
    expect(importReducer(running, { type: 'reset' })).toEqual(initialImportState)
  })
})

describe('previewConsent', () => {
  const contact = (consent: PreviewContact['consent'], unclear = false): PreviewContact => ({
    line: 2,
    name: 'Анна',
    firstName: 'Анна',
    middleName: '',
    lastName: '',
    phones: [],
    email: '',
    tags: [],
    consent,
    problems: unclear
      ? [{ line: 2, severity: 'flagged', code: 'unknown_consent_value', value: '?', raw: [] }]
      : [],
  })

  it('shows the choice for the whole file where the row says nothing', () => {
    expect(previewConsent(contact('unknown'), 'granted')).toBe('granted')
    expect(previewConsent(contact('unknown'), 'unknown')).toBe('unknown')
  })

  it('shows a row without an answer as unknown while the question is unanswered', () => {
    expect(previewConsent(contact('unknown'), null)).toBe('unknown')
  })

  it('keeps what the row itself says, and an unclear answer as unknown', () => {
    expect(previewConsent(contact('withdrawn'), 'granted')).toBe('withdrawn')
    expect(previewConsent(contact('granted'), 'unknown')).toBe('granted')
    expect(previewConsent(contact('unknown', true), 'granted')).toBe('unknown')
  })
})

describe('reading the file in another encoding', () => {
  const mojibake = (): ImportPreview => ({
    ...preview(['ignore', 'ignore', 'ignore']),
    encoding: 'UTF-8',
    headers: ['Ð¤Ð˜Ðž', 'Ð¢ÐµÐ»ÐµÑ„Ð¾Ð½', 'Ð“Ñ€ÑƒÐ¿Ð¿Ð°'],
  })

  it('replaces the headers and the guessed mapping with those of the new reading', () => {
    const state = mappingState([
      { type: 'encodingChanged', encoding: 'UTF-8' },
      { type: 'encodingPreviewLoaded', encoding: 'UTF-8', preview: mojibake() },
    ])
    expect(state).toMatchObject({
      encoding: 'UTF-8',
      refreshing: false,
      mapping: ['ignore', 'ignore', 'ignore'],
    })
    expect(state.preview.headers[0]).toBe('Ð¤Ð˜Ðž')
  })

  it('ignores the answer for an encoding the user has already changed again', () => {
    const state = mappingState([
      { type: 'encodingChanged', encoding: 'UTF-8' },
      { type: 'encodingChanged', encoding: 'windows-1251' },
      { type: 'encodingPreviewLoaded', encoding: 'UTF-8', preview: mojibake() },
    ])
    expect(state).toMatchObject({ encoding: 'windows-1251', refreshing: true })
    expect(state.preview.headers[0]).toBe('ФИО')
  })

  it('keeps the current preview and shows why when the file cannot be read that way', () => {
    const error = new Error('file_problem')
    const state = mappingState([
      { type: 'encodingChanged', encoding: 'UTF-16BE' },
      { type: 'encodingPreviewFailed', encoding: 'UTF-16BE', error },
    ])
    expect(state).toMatchObject({ refreshing: false, error })
    expect(state.preview.headers[0]).toBe('ФИО')
  })
})
