import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  IconArrowLeft,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlayerStop,
  IconTrash,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignDetail, CampaignItem } from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import { ConfirmModal } from '../../components/ConfirmModal'
import { PageLayout } from '../../components/PageLayout'
import { errorMessage } from '../../i18n/error-message'
import { SenderUsageGauges } from '../senders/SenderUsageGauges'
import { useSenders } from '../senders/use-senders'
import { AssistedTaskCard } from './AssistedTaskCard'
import { CampaignItemsTable } from './CampaignItemsTable'
import { isOver, progressOf, progressSections, reasonCounts, reasonKey } from './campaign-progress'
import { useCampaignsView } from './campaigns-view'
import { ChatBackdrop, MessageBubble } from './MessageBubble'
import { NextMessage } from './NextMessage'
import { StateBadge } from './StateBadge'
import { UncertainItems } from './UncertainItems'
import { useCampaignDetail } from './use-campaign-detail'
import { useListSummaries } from './use-list-summaries'
import { useNow } from './use-now'

/** A started campaign: how far it is, what it waits for, the person due now, and the limits. */
export function CampaignDetailView({ id }: { id: number }) {
  const { t } = useTranslation()
  const show = useCampaignsView((state) => state.show)
  const { detail, items, refresh } = useCampaignDetail(id)
  const back = (
    <Button
      variant="subtle"
      leftSection={<IconArrowLeft size={16} />}
      onClick={() => {
        show({ kind: 'overview' })
      }}
    >
      {t('campaigns.back')}
    </Button>
  )

  if (detail.state.status !== 'ready') {
    return (
      <PageLayout title={t('nav.campaigns')} actions={back}>
        {detail.state.status === 'loading' ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : (
          <Alert color="red" variant="light" title={t('campaigns.loadFailed')}>
            <Stack gap="sm" align="flex-start">
              <Text fz="sm">{errorMessage(detail.state.error, t)}</Text>
              <Button variant="light" color="red" onClick={detail.retry}>
                {t('campaigns.retry')}
              </Button>
            </Stack>
          </Alert>
        )}
      </PageLayout>
    )
  }
  const all = items.state.status === 'ready' ? items.state.value.rows : []
  return <DetailBody campaign={detail.state.value} items={all} back={back} refresh={refresh} />
}

interface BodyProps {
  campaign: CampaignDetail
  items: readonly CampaignItem[]
  back: React.ReactNode
  refresh: () => void
}

type Action = 'pause' | 'resume'

function DetailBody({ campaign, items, back, refresh }: BodyProps) {
  const { t } = useTranslation()
  const api = useApi()
  const show = useCampaignsView((state) => state.show)
  const now = useNow(1000)
  const senders = useSenders()
  const lists = useListSummaries()
  const [busy, setBusy] = useState<Action>()
  const [error, setError] = useState<unknown>()
  const [confirm, setConfirm] = useState<'cancel' | 'delete'>()

  const sender =
    senders.state.status === 'ready'
      ? senders.state.value.find((entry) => entry.id === campaign.senderId)
      : undefined
  const list =
    lists.state.status === 'ready'
      ? lists.state.value.find((entry) => entry.id === campaign.listId)
      : undefined
  const progress = progressOf(campaign.counts)
  const sections = progressSections(campaign.counts)
  const reasons = reasonCounts(items)
  const uncertain = items.filter((item) => item.state === 'uncertain')
  const over = isOver(campaign.state)

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

  const actions = (
    <Group gap="xs" wrap="nowrap">
      {back}
      {!over && (
        <Button
          variant="default"
          leftSection={<IconPencil size={16} />}
          onClick={() => {
            show({ kind: 'compose', id: campaign.id })
          }}
        >
          {t('campaigns.detail.editText')}
        </Button>
      )}
    </Group>
  )

  const counts = [
    { key: 'sent', value: campaign.counts.sent, color: 'teal.8' },
    { key: 'skipped', value: campaign.counts.skipped, color: 'gray.7' },
    { key: 'failed', value: campaign.counts.failed, color: 'red.7' },
    { key: 'uncertain', value: campaign.counts.uncertain, color: 'yellow.8' },
    { key: 'left', value: progress.left, color: 'blue.7' },
  ] as const

  return (
    <PageLayout title={campaign.name} actions={actions}>
      <Group gap="sm" mt={-12}>
        <StateBadge state={campaign.state} />
        <Text fz="sm" c="dimmed">
          {t('campaigns.detail.from', {
            sender: sender?.label ?? '…',
            list: list?.name ?? t('campaigns.detail.noList'),
          })}
        </Text>
      </Group>

      {campaign.task && <AssistedTaskCard task={campaign.task} onAnswered={refresh} />}
      <UncertainItems items={uncertain} onResolved={refresh} />

      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <NextMessage campaign={campaign} now={now} />
          <Stack gap={6}>
            <Group justify="space-between">
              <Text fz="sm" fw={600}>
                {t('campaigns.detail.progressLabel', {
                  done: progress.done,
                  total: progress.total,
                })}
              </Text>
              <Text fz="sm" c="dimmed">
                {Math.round(progress.percent)}%
              </Text>
            </Group>
            <Progress.Root
              size="lg"
              aria-label={t('campaigns.detail.progressLabel', {
                done: progress.done,
                total: progress.total,
              })}
            >
              <Progress.Section value={sections.sent} color="teal" />
              <Progress.Section value={sections.skipped} color="gray.5" />
              <Progress.Section value={sections.failed} color="red" />
              <Progress.Section value={sections.uncertain} color="yellow" />
            </Progress.Root>
          </Stack>
          <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="sm">
            {counts.map(({ key, value, color }) => (
              <Stack
                key={key}
                gap={0}
                aria-label={`${t(`campaigns.detail.counts.${key}`)}: ${String(value)}`}
              >
                <Text fz={26} fw={700} c={color} lh={1.2}>
                  {value}
                </Text>
                <Text fz="xs" c="dimmed">
                  {t(`campaigns.detail.counts.${key}`)}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
          {reasons.length > 0 && (
            <Stack gap={2}>
              <Text fz="xs" fw={600} c="dimmed">
                {t('campaigns.detail.skippedBy')}
              </Text>
              <Group gap="md">
                {reasons.map(([reason, count]) => (
                  <Text key={reason} fz="sm">
                    {t('campaigns.detail.reasonCount', { reason: t(reasonKey(reason)), count })}
                  </Text>
                ))}
              </Group>
            </Stack>
          )}
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
        </Stack>
      </Paper>

      <SenderUsageGauges
        senderId={campaign.senderId}
        label={sender?.label ?? ''}
        newChatsLimit={sender?.limits.newChatsPerDay}
      />

      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h5" mb="xs">
          {t('campaigns.detail.message')}
        </Title>
        <ChatBackdrop>
          <MessageBubble text={campaign.text} />
        </ChatBackdrop>
      </Paper>

      <CampaignItemsTable id={campaign.id} />

      {confirm === 'cancel' && (
        <ConfirmModal
          title={t('campaigns.detail.cancelModal.title', { name: campaign.name })}
          confirm={t('campaigns.detail.cancelModal.confirm')}
          cancel={t('campaigns.detail.cancelModal.cancel')}
          danger
          onClose={() => {
            setConfirm(undefined)
          }}
          onConfirm={async () => {
            await api.call('campaigns.cancel', { id: campaign.id })
            refresh()
          }}
        >
          {t('campaigns.detail.cancelModal.text')}
        </ConfirmModal>
      )}
      {confirm === 'delete' && (
        <ConfirmModal
          title={t('campaigns.detail.deleteModal.title', { name: campaign.name })}
          confirm={t('campaigns.detail.deleteModal.confirm')}
          cancel={t('campaigns.detail.deleteModal.cancel')}
          danger
          onClose={() => {
            setConfirm(undefined)
          }}
          onConfirm={async () => {
            await api.call('campaigns.delete', { id: campaign.id })
            notifications.show({
              color: 'teal',
              message: t('campaigns.detail.deleted', { name: campaign.name }),
            })
            show({ kind: 'overview' })
          }}
        >
          {t('campaigns.detail.deleteModal.text')}
        </ConfirmModal>
      )}
    </PageLayout>
  )
}
