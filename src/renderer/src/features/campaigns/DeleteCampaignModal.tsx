import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
import { ConfirmModal } from '../../components/ConfirmModal'
import { useCampaignsView } from './campaigns-view'

interface Props {
  id: number
  name: string
  onClose: () => void
}

/** "Delete the campaign?"; once deleted, back to the campaigns list. */
export function DeleteCampaignModal({ id, name, onClose }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const show = useCampaignsView((state) => state.show)
  return (
    <ConfirmModal
      title={t('campaigns.detail.deleteModal.title', { name })}
      confirm={t('campaigns.detail.deleteModal.confirm')}
      cancel={t('campaigns.detail.deleteModal.cancel')}
      danger
      onClose={onClose}
      onConfirm={async () => {
        await api.call('campaigns.delete', { id })
        notifications.show({ color: 'teal', message: t('campaigns.detail.deleted', { name }) })
        show({ kind: 'overview' })
      }}
    >
      {t('campaigns.detail.deleteModal.text')}
    </ConfirmModal>
  )
}
