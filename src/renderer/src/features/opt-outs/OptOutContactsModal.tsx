import { Alert, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import type { ChosenContacts } from '../contacts/selection'
import { NoteInput } from './NoteInput'

interface Props {
  /** The contacts who do not want messages (ticked, or everyone found); none closes the modal. */
  chosen: ChosenContacts | undefined
  /** The contact's name, when there is one contact (its card). */
  name?: string
  onClose: () => void
  /** After their numbers went on the list. */
  onDone?: () => void
}

/** "Does not want messages" for one contact or a selection: every number of each goes on the list. */
export function OptOutContactsModal({ chosen, name, onClose, onDone }: Props) {
  const { t } = useTranslation()
  // Kept while the modal closes, so its text does not change during the transition.
  const [shown, setShown] = useState({ chosen, name })
  if (chosen !== undefined && (chosen !== shown.chosen || name !== shown.name))
    setShown({ chosen, name })
  const one = shown.chosen?.count === 1

  return (
    <Modal
      opened={chosen !== undefined}
      onClose={onClose}
      title={one ? t('optOuts.contacts.titleOne') : t('optOuts.contacts.titleMany')}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {shown.chosen !== undefined && (
        <OptOutContactsForm
          chosen={shown.chosen}
          name={shown.name}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </Modal>
  )
}

function OptOutContactsForm({
  chosen,
  name,
  onClose,
  onDone,
}: Omit<Props, 'chosen'> & { chosen: ChosenContacts }) {
  const { count } = chosen
  const { t } = useTranslation()
  const api = useApi()
  const [note, setNote] = useState('')
  const { busy, error, run } = useAsyncAction()

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    // React passes events up through portals: the contact card's own form must not see this.
    event.stopPropagation()
    await run(async () => {
      await api.call('optOuts.addContacts', { ...chosen.selector, note })
      notifications.show({
        color: 'teal',
        message: t('optOuts.contacts.done', { count }),
      })
      onDone?.()
      onClose()
    })
  }

  return (
    <Stack gap="md" component="form" onSubmit={(event) => void submit(event)}>
      <Text>
        {count === 1
          ? t('optOuts.contacts.explainOne', {
              name: name?.trim() ? name : t('optOuts.noName'),
            })
          : t('optOuts.contacts.explainMany', { count })}
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
