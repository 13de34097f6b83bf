import { Alert, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { listNameMax } from './list-names'

export type NameModalMode = 'create' | 'rename' | 'duplicate'

export interface NameAndDescription {
  name: string
  description: string
}

interface Props {
  mode: NameModalMode
  /** What the fields start with. */
  initial: NameAndDescription
  /** Rejects with the core's error, which is shown in the modal so the user can fix the name. */
  onSubmit: (values: NameAndDescription) => Promise<void>
  onClose: () => void
}

const titles = {
  create: 'lists.nameModal.createTitle',
  rename: 'lists.nameModal.renameTitle',
  duplicate: 'lists.nameModal.duplicateTitle',
} as const
const submits = {
  create: 'lists.nameModal.create',
  rename: 'lists.nameModal.save',
  duplicate: 'lists.nameModal.duplicate',
} as const

/** A list's name (and description): for a new list, a rename, or a copy. Mount it to open it. */
export function ListNameModal({ mode, initial, onSubmit, onClose }: Props) {
  const { t } = useTranslation()
  const [name, setName] = useState(initial.name)
  const [description, setDescription] = useState(initial.description)
  const { busy, error, run } = useAsyncAction()

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    if (name.trim() === '') return
    await run(async () => {
      await onSubmit({ name: name.trim(), description: description.trim() })
      onClose()
    })
  }

  return (
    <Modal opened onClose={onClose} title={t(titles[mode])} styles={{ title: { fontWeight: 700 } }}>
      <Stack gap="md" component="form" onSubmit={(event) => void submit(event)}>
        {mode === 'duplicate' && (
          <Text fz="sm" c="dimmed">
            {t('lists.nameModal.duplicateHint')}
          </Text>
        )}
        <TextInput
          label={t('lists.nameModal.name')}
          placeholder={t('lists.nameModal.namePlaceholder')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value)
          }}
          maxLength={listNameMax}
          required
          data-autofocus
        />
        {mode !== 'duplicate' && (
          <Textarea
            label={t('lists.nameModal.description')}
            placeholder={t('lists.nameModal.descriptionPlaceholder')}
            value={description}
            onChange={(event) => {
              setDescription(event.currentTarget.value)
            }}
            maxLength={500}
            autosize
            minRows={2}
            maxRows={5}
          />
        )}
        {error !== undefined && (
          <Alert color="red" variant="light">
            {errorMessage(error, t)}
          </Alert>
        )}
        <ModalActions
          cancelLabel={t('lists.nameModal.cancel')}
          onCancel={onClose}
          confirmLabel={t(submits[mode])}
          busy={busy}
          disabled={name.trim() === ''}
          gap="sm"
        />
      </Stack>
    </Modal>
  )
}
