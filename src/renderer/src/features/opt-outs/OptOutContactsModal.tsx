import { Alert, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { NoteInput } from './NoteInput'

interface Props {
  /** The contacts who do not want messages; empty closes the modal. */
  ids: readonly number[]
  /** The contact's name, when there is one contact (its card). */
  name?: string
  onClose: () => void
  /** After their numbers went on the list. */
  onDone?: () => void
}

/** "Does not want messages" for one contact or a selection: every number of each goes on the list. */
export function OptOutContactsModal({ ids, name, onClose, onDone }: Props) {
  const { t } = useTranslation()
  const [shown, setShown] = useState({ ids, name })
  if (ids.length > 0 && (ids !== shown.ids || name !== shown.name)) setShown({ ids, name })
  const one = shown.ids.length === 1

  return (
    <Modal
      opened={ids.length > 0}
      onClose={onClose}
      title={one ? t('optOuts.contacts.titleOne') : t('optOuts.contacts.titleMany')}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <OptOutContactsForm ids={shown.ids} name={shown.name} onClose={onClose} onDone={onDone} />
    </Modal>
  )
}

function OptOutContactsForm({ ids, name, onClose, onDone }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const [note, setNote] = useState('')
  const { busy, error, run } = useAsyncAction()

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    // React passes events up through portals: the contact card's own form must not see this.
    event.stopPropagation()
    await run(async () => {
      await api.call('optOuts.addContacts', { ids: [...ids], note })
      notifications.show({
        color: 'teal',
        message: t('optOuts.contacts.done', { count: ids.length }),
      })
      onDone?.()
      onClose()
    })
  }

  return (
    <Stack gap="md" component="form" onSubmit={(event) => void submit(event)}>
      <Text>
        {ids.length === 1
          ? t('optOuts.contacts.explainOne', {
              name: name?.trim() ? name : t('optOuts.noName'),
            })
          : t('optOuts.contacts.explainMany', { count: ids.length })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('optOuts.contacts.explainBack')}
      </Text>
      <NoteInput
        value={note}
        placeholder={t('optOuts.contacts.notePlaceholder')}
        onChange={setNote}
      />
      {error !== undefined && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('optOuts.contacts.failed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      <ModalActions
        cancelLabel={t('optOuts.cancel')}
        onCancel={onClose}
        confirmLabel={t('optOuts.contacts.submit')}
        busy={busy}
        color="red"
      />
    </Stack>
  )
}
