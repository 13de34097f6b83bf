import { Button, Group, Stack, Text } from '@mantine/core'
import { IconPlayerPause, IconPlayerPlay, IconPlayerStop, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignDetail } from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import { ConfirmModal } from '../../components/ConfirmModal'
import { useAsyncAction } from '../../components/use-async-action'
import { isOver } from './campaign-progress'
import { DeleteCampaignModal } from './DeleteCampaignModal'
import { RefusalAlert } from './RefusalAlert'

interface Props {
  campaign: CampaignDetail
  /**
   * The campaign's number is blocked: the core refuses to resume until the owner allows sending
   * again in the ban centre, so Resume waits for that and says so.
   */
  senderBlocked: boolean
  /** Asks the core again once the campaign's state was changed here. */
  refresh: () => void
}

/** What can be done with a campaign in its state: pause, resume, cancel, or delete once over. */
export function CampaignControls({ campaign, senderBlocked, refresh }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  // Pause and resume are never offered together, so one busy flag serves both.
  const { busy, error, run } = useAsyncAction()
  const [confirm, setConfirm] = useState<'cancel' | 'delete'>()
  const over = isOver(campaign.state)
  const paused = campaign.state === 'paused'
  const close = () => {
    setConfirm(undefined)
  }
  // Resuming a Cloud API campaign asks Meta about its template first: it may take a moment.
  const act = (call: 'campaigns.pause' | 'campaigns.resume') =>
    run(async () => {
      await api.call(call, { id: campaign.id })
      refresh()
    })

  return (
    <>
      {error !== undefined && (
        <RefusalAlert
          title={paused ? t('campaigns.detail.resumeRefused') : t('campaigns.failed')}
          error={error}
        />
      )}
      <Stack gap={6}>
        <Group gap="sm">
          {(campaign.state === 'running' || campaign.state === 'scheduled') && (
            <Button
              variant="default"
              leftSection={<IconPlayerPause size={18} />}
              loading={busy}
              onClick={() => void act('campaigns.pause')}
            >
              {t('campaigns.detail.pause')}
            </Button>
          )}
          {paused && (
            <Button
              leftSection={<IconPlayerPlay size={18} />}
              loading={busy}
              disabled={senderBlocked}
              onClick={() => void act('campaigns.resume')}
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
        {paused && senderBlocked && (
          <Text fz="sm" c="red.8">
            {t('campaigns.detail.resumeAfterUnblock')}
          </Text>
        )}
      </Stack>
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
