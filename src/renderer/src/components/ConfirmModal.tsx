import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../i18n/error-message'

interface Props {
  title: string
  children: ReactNode
  confirm: string
  cancel: string
  /** Red for what cannot be undone. */
  danger?: boolean
  /** Rejects with the core's error, which is shown in the modal. */
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** "Are you sure?" with what will happen; closes itself once done. Mount it to open it. */
export function ConfirmModal({
  title,
  children,
  confirm,
  cancel,
  danger = false,
  onConfirm,
  onClose,
}: Props) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const go = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await onConfirm()
      onClose()
    } catch (failure) {
      setError(errorMessage(failure, t))
      setBusy(false)
    }
  }

  return (
    <Modal opened onClose={onClose} title={title} styles={{ title: { fontWeight: 700 } }}>
      <Stack gap="md">
        {typeof children === 'string' ? <Text fz="sm">{children}</Text> : children}
        {error !== undefined && (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {cancel}
          </Button>
          <Button color={danger ? 'red' : undefined} loading={busy} onClick={() => void go()}>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
