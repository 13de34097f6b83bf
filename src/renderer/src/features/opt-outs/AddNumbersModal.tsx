import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { OptOutAddOutcome } from '../../../../shared/opt-outs'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'
import { AddOutcomeView } from './AddOutcomeView'
import { NoteInput } from './NoteInput'

interface Props {
  opened: boolean
  onClose: () => void
}

/** Numbers pasted in any spelling go on the list; the lines not understood are shown with why. */
export function AddNumbersModal({ opened, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={t('optOuts.add.title')}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {/* The modal's content unmounts when it closes: each opening starts empty. */}
      <AddNumbersForm onClose={onClose} />
    </Modal>
  )
}

function AddNumbersForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [text, setText] = useState('')
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const [outcome, setOutcome] = useState<OptOutAddOutcome>()

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    // React passes events up through portals: the contact card's own form must not see this.
    event.stopPropagation()
    if (text.trim() === '') return
    setBusy(true)
    setError(undefined)
    try {
      setOutcome(await api.call('optOuts.addNumbers', { text, note }))
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  if (outcome) {
    return (
      <Stack gap="lg">
        <AddOutcomeView outcome={outcome} />
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={() => {
              setOutcome(undefined)
              setText('')
            }}
          >
            {t('optOuts.outcome.again')}
          </Button>
          <Button onClick={onClose}>{t('optOuts.outcome.done')}</Button>
        </Group>
      </Stack>
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
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('optOuts.cancel')}
        </Button>
        <Button type="submit" loading={busy} disabled={text.trim() === ''}>
          {t('optOuts.add.submit')}
        </Button>
      </Group>
    </Stack>
  )
}
