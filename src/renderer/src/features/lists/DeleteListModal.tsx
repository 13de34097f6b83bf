import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../i18n/error-message'

interface Props {
  name: string
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** "Delete this list?", saying that its people stay in the contact book. Mount it to open it. */
export function DeleteListModal({ name, onConfirm, onClose }: Props) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const confirm = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await onConfirm()
      onClose()
    } catch (failure) {
      setError(errorMessage(failure, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('lists.deleteModal.title', { name })}
      styles={{ title: { fontWeight: 700 } }}
    >
      <Stack gap="md">
        <Text fz="sm">{t('lists.deleteModal.text')}</Text>
        {error !== undefined && (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('lists.deleteModal.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {t('lists.deleteModal.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
