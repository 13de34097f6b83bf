import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
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
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    // React passes events up through portals: the contact card's own form must not see this.
    event.stopPropagation()
    setBusy(true)
    setError(undefined)
    try {
      await api.call('optOuts.addContacts', { ids: [...ids], note })
      notifications.show({
        color: 'teal',
        message: t('optOuts.contacts.done', { count: ids.length }),
      })
      onDone?.()
      onClose()
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
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
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('optOuts.cancel')}
        </Button>
        <Button type="submit" color="red" loading={busy}>
          {t('optOuts.contacts.submit')}
        </Button>
      </Group>
    </Stack>
  )
}
