import { Alert, Button, Group } from '@mantine/core'
import { IconPlayerPause, IconPlayerPlay, IconPlayerStop, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignDetail } from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import { ConfirmModal } from '../../components/ConfirmModal'
import { errorMessage } from '../../i18n/error-message'
import { isOver } from './campaign-progress'
import { DeleteCampaignModal } from './DeleteCampaignModal'

type Action = 'pause' | 'resume'

interface Props {
  campaign: CampaignDetail
  /** Asks the core again once the campaign's state was changed here. */
  refresh: () => void
}

/** What can be done with a campaign in its state: pause, resume, cancel, or delete once over. */
export function CampaignControls({ campaign, refresh }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState<Action>()
  const [error, setError] = useState<unknown>()
  const [confirm, setConfirm] = useState<'cancel' | 'delete'>()
  const over = isOver(campaign.state)
  const close = () => {
    setConfirm(undefined)
  }

  const act = async (action: Action) => {
    setBusy(action)
    setError(undefined)
    try {
      await api.call(action === 'pause' ? 'campaigns.pause' : 'campaigns.resume', {
        id: campaign.id,
      })
      refresh()
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <>
      {error !== undefined && (
        <Alert color="red" variant="light" title={t('campaigns.failed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      <Group gap="sm">
        {(campaign.state === 'running' || campaign.state === 'scheduled') && (
          <Button
            variant="default"
            leftSection={<IconPlayerPause size={18} />}
            loading={busy === 'pause'}
            onClick={() => void act('pause')}
          >
            {t('campaigns.detail.pause')}
          </Button>
        )}
        {campaign.state === 'paused' && (
          <Button
            leftSection={<IconPlayerPlay size={18} />}
            loading={busy === 'resume'}
            onClick={() => void act('resume')}
          >
            {t('campaigns.detail.resume')}
          </Button>
        )}
        {!over && campaign.state !== 'draft' && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconPlayerStop size={18} />}
            onClick={() => {
              setConfirm('cancel')
            }}
          >
            {t('campaigns.detail.cancel')}
          </Button>
        )}
        {(over || campaign.state === 'draft') && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={18} />}
            onClick={() => {
              setConfirm('delete')
            }}
          >
            {t('campaigns.detail.delete')}
          </Button>
        )}
      </Group>
      {confirm === 'cancel' && (
        <ConfirmModal
          title={t('campaigns.detail.cancelModal.title', { name: campaign.name })}
          confirm={t('campaigns.detail.cancelModal.confirm')}
          cancel={t('campaigns.detail.cancelModal.cancel')}
          danger
          onClose={close}
          onConfirm={async () => {
            await api.call('campaigns.cancel', { id: campaign.id })
            refresh()
          }}
        >
          {t('campaigns.detail.cancelModal.text')}
        </ConfirmModal>
      )}
      {confirm === 'delete' && (
        <DeleteCampaignModal id={campaign.id} name={campaign.name} onClose={close} />
      )}
    </>
  )
}
