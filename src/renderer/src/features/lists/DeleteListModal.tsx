import { Alert, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'

interface Props {
  name: string
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** "Delete this list?", saying that its people stay in the contact book. Mount it to open it. */
export function DeleteListModal({ name, onConfirm, onClose }: Props) {
  const { t } = useTranslation()
  const { busy, error, run } = useAsyncAction()

  const confirm = () =>
    run(async () => {
      await onConfirm()
      onClose()
    })

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
            {errorMessage(error, t)}
          </Alert>
        )}
        <ModalActions
          cancelLabel={t('lists.deleteModal.cancel')}
          onCancel={onClose}
          confirmLabel={t('lists.deleteModal.confirm')}
          onConfirm={() => void confirm()}
          busy={busy}
          color="red"
          focusCancel
          gap="sm"
        />
      </Stack>
    </Modal>
  )
}
