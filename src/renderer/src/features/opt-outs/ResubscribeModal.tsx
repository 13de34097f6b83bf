import { Alert, Checkbox, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { formatPhone } from '../contacts/phone-format'
import { NoteInput } from './NoteInput'

interface Props {
  /** The numbers to take off the list; empty closes the modal. */
  e164s: readonly string[]
  onClose: () => void
  /** After they were taken off. */
  onDone?: (removed: number) => void
}

/**
 * The only way off the opt-out list: the consequence said plainly, and a tick that the person
 * asked for it themselves, before anything is sent.
 */
export function ResubscribeModal({ e164s, onClose, onDone }: Props) {
  const { t } = useTranslation()
  // Kept while the modal fades out, so its text does not vanish first.
  const [shown, setShown] = useState(e164s)
  if (e164s.length > 0 && e164s !== shown) setShown(e164s)
  const many = shown.length > 1

  return (
    <Modal
      opened={e164s.length > 0}
      onClose={onClose}
      size="lg"
      title={many ? t('optOuts.resubscribe.titleMany') : t('optOuts.resubscribe.title')}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <ResubscribeForm e164s={shown} onClose={onClose} onDone={onDone} />
    </Modal>
  )
}

function ResubscribeForm({
  e164s,
  onClose,
  onDone,
}: Required<Pick<Props, 'e164s' | 'onClose'>> & Pick<Props, 'onDone'>) {
  const { t } = useTranslation()
  const api = useApi()
  const [confirmed, setConfirmed] = useState(false)
  const [note, setNote] = useState('')
  const { busy, error, run } = useAsyncAction()
  const numbers = e164s.map(formatPhone).join(', ')

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    // React passes events up through portals: the contact card's own form must not see this.
    event.stopPropagation()
    if (!confirmed) return
    await run(async () => {
      const { removed } = await api.call('optOuts.resubscribe', {
        e164s: [...e164s],
        note,
        confirmed: true,
      })
      notifications.show({
        color: 'teal',
        message: t('optOuts.resubscribe.done', { count: removed }),
      })
      onDone?.(removed)
      onClose()
    })
  }

  return (
    <Stack gap="md" component="form" onSubmit={(event) => void submit(event)}>
      <Text>
        {e164s.length > 1
          ? t('optOuts.resubscribe.consequenceMany', { numbers })
          : t('optOuts.resubscribe.consequence', { numbers })}
      </Text>
      <Alert color="orange" icon={<IconAlertTriangle />} p="sm">
        {t('optOuts.resubscribe.warning')}
      </Alert>
      <Checkbox
        label={t('optOuts.resubscribe.confirm')}
        checked={confirmed}
        onChange={(event) => {
          setConfirmed(event.currentTarget.checked)
        }}
      />
      <NoteInput
        value={note}
        placeholder={t('optOuts.resubscribe.notePlaceholder')}
        onChange={setNote}
      />
      {error !== undefined && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('optOuts.resubscribe.failed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      <ModalActions
        cancelLabel={t('optOuts.cancel')}
        onCancel={onClose}
        confirmLabel={t('optOuts.resubscribe.submit')}
        busy={busy}
        disabled={!confirmed}
        color="orange"
      />
    </Stack>
  )
}
