import { Alert, Stack, Textarea } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { OptOutAddOutcome } from '../../../../shared/opt-outs'
import { useApi } from '../../api/api-context'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { AddModalFrame, type AddModalProps } from './AddModalFrame'
import { AddOutcomeStep } from './AddOutcomeStep'
import { NoteInput } from './NoteInput'

/** Numbers pasted in any spelling go on the list; the lines not understood are shown with why. */
export function AddNumbersModal({ opened, onClose }: AddModalProps) {
  const { t } = useTranslation()
  return (
    <AddModalFrame opened={opened} onClose={onClose} title={t('optOuts.add.title')}>
      <AddNumbersForm onClose={onClose} />
    </AddModalFrame>
  )
}

function AddNumbersForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [text, setText] = useState('')
  const [note, setNote] = useState('')
  const { busy, error, run } = useAsyncAction()
  const [outcome, setOutcome] = useState<OptOutAddOutcome>()

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    // React passes events up through portals: the contact card's own form must not see this.
    event.stopPropagation()
    if (text.trim() === '') return
    await run(async () => {
      setOutcome(await api.call('optOuts.addNumbers', { text, note }))
    })
  }

  if (outcome) {
    return (
      <AddOutcomeStep
        outcome={outcome}
        onAgain={() => {
          setOutcome(undefined)
          setText('')
        }}
        onDone={onClose}
      />
    )
  }
  return (
    <Stack gap="md" component="form" onSubmit={(event) => void submit(event)}>
      <Textarea
        label={t('optOuts.add.numbers')}
        description={t('optOuts.add.numbersHint')}
        placeholder={t('optOuts.add.numbersPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value)
        }}
        autosize
        minRows={6}
        maxRows={14}
        maxLength={1_000_000}
        data-autofocus
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <NoteInput value={note} placeholder={t('optOuts.add.notePlaceholder')} onChange={setNote} />
      {error !== undefined && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('optOuts.add.failed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      <ModalActions
        cancelLabel={t('optOuts.cancel')}
        onCancel={onClose}
        confirmLabel={t('optOuts.add.submit')}
        busy={busy}
        disabled={text.trim() === ''}
      />
    </Stack>
  )
}
