import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { useApi } from '../../api/api-context'
import { ConfirmModal } from '../../components/ConfirmModal'

interface Props {
  sender: Sender
  onClose: () => void
}

/**
 * "I have dealt with it": the number may start campaigns again, once the owner confirms. The
 * core says senders.changed, after which the page and the sidebar's mark follow by themselves.
 */
export function LiftBlockModal({ sender, onClose }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  return (
    <ConfirmModal
      title={t('banCentre.liftModal.title', { label: sender.label })}
      confirm={t('banCentre.liftModal.confirm')}
      cancel={t('banCentre.liftModal.cancel')}
      onClose={onClose}
      onConfirm={async () => {
        await api.call('senders.liftBlock', { id: sender.id })
        notifications.show({
          color: 'teal',
          message: t('banCentre.liftModal.done', { label: sender.label }),
        })
      }}
    >
      {t('banCentre.liftModal.text')}
    </ConfirmModal>
  )
}
