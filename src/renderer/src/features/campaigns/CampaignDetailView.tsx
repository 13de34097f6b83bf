import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CampaignDetail, CampaignItemsPage } from '../../../../shared/campaigns'
import { paramKey } from '../../../../shared/cloud-api'
import type { QueryState } from '../../api/use-api-query'
import { PageLayout } from '../../components/PageLayout'
import { QueryStateView } from '../../components/QueryStateView'
import { CampaignRiskPanel } from '../risk/CampaignRiskPanel'
import { SenderUsageGauges } from '../senders/SenderUsageGauges'
import { useSenders } from '../senders/use-senders'
import { AssistedTaskCard } from './AssistedTaskCard'
import { WithdrawnTaskCard } from './WithdrawnTaskCard'
import { BackButton } from './BackButton'
import { CampaignControls } from './CampaignControls'
import { CampaignItemsTable } from './CampaignItemsTable'
import { CampaignResultsSection } from '../results/CampaignResultsSection'
import { CampaignReplies } from '../replies/RepliesList'
import { namesOf, quotedListNames } from './campaign-lists-text'
import { isOver } from './campaign-progress'
import { useCampaignsView } from './campaigns-view'
import { describeParam } from './describe-param'
import { ChatBackdrop, MessageBubble } from './MessageBubble'
import { NextMessage } from './NextMessage'
import { PauseReasonAlert } from './PauseReasonAlert'
import { PhoneBroadcastPanel } from './PhoneBroadcastPanel'
import { ProgressSummary } from './ProgressSummary'
import { StateBadge } from './StateBadge'
import { TemplateMessage } from './TemplateMessage'
import { UncertainItems } from './UncertainItems'
import { useCampaignDetail } from './use-campaign-detail'
import { useListSummaries } from './use-list-summaries'
import { useNow } from './use-now'

/** A started campaign: how far it is, what it waits for, the person due now, and the limits. */
export function CampaignDetailView({ id }: { id: number }) {
  const { t } = useTranslation()
  const show = useCampaignsView((state) => state.show)
  const { detail, items, refresh } = useCampaignDetail(id)
  const campaign = detail.state.status === 'ready' ? detail.state.value : undefined

  const actions = (
    <Group gap="xs" wrap="nowrap">
      <BackButton
        onClick={() => {
          show({ kind: 'overview' })
        }}
      />
      {campaign && !isOver(campaign.state) && (
        <Button
          variant="default"
          leftSection={<IconPencil size={16} />}
          onClick={() => {
            show({ kind: 'compose', id: campaign.id })
          }}
        >
          {campaign.template ? t('campaigns.detail.editTemplate') : t('campaigns.detail.editText')}
        </Button>
      )}
    </Group>
  )

  return (
    <PageLayout title={campaign?.name ?? t('nav.campaigns')} actions={actions}>
      <QueryStateView
        state={detail.state}
        failedTitle={t('campaigns.loadFailed')}
        retryLabel={t('campaigns.retry')}
        onRetry={detail.reload}
      >
        {(value) => <DetailBody campaign={value} items={items.state} refresh={refresh} />}
      </QueryStateView>
    </PageLayout>
  )
}

interface BodyProps {
  campaign: CampaignDetail
  /** Every item of the campaign (at most 256 people), for the counts' reasons and the table. */
  items: QueryState<CampaignItemsPage>
  refresh: () => void
}

function DetailBody({ campaign, items, refresh }: BodyProps) {
  const { t, i18n } = useTranslation()
  const now = useNow(1000)
  const senders = useSenders()
  const lists = useListSummaries()

  const sender =
    senders.state.status === 'ready'
      ? senders.state.value.find((entry) => entry.id === campaign.senderId)
      : undefined
  const listNames =
    lists.state.status === 'ready' ? namesOf(campaign.listIds, lists.state.value) : []
  const all = items.status === 'ready' ? items.value.rows : []
  const uncertain = all.filter((item) => item.state === 'uncertain')
  // The Cloud API sends by itself and reports delivery; it never asks the owner to press Send.
  const cloud = campaign.template !== null || sender?.channel === 'cloud_api'
  const senderBlocked = sender?.block != null

  return (
    <>
      <Group gap="sm" mt={-12}>
        <StateBadge state={campaign.state} />
        <Text fz="sm" c="dimmed">
          {listNames.length > 1
            ? t('campaigns.detail.fromLists', {
                sender: sender?.label ?? '…',
                lists: quotedListNames(listNames, i18n.language),
              })
            : t('campaigns.detail.from', {
                sender: sender?.label ?? '…',
                list: listNames[0] ?? t('campaigns.detail.noList'),
              })}
        </Text>
      </Group>

      {campaign.pauseReason && (
        <PauseReasonAlert pause={campaign.pauseReason} senderBlocked={senderBlocked} now={now} />
      )}
      {/* The core names the message in flight as a task whatever the channel; only the assisted
          channel asks the owner to send it. */}
      {/* A task withdrawn while open (its number opted out) waits for the owner's word on it. */}
      {!cloud &&
        campaign.withdrawn.map((task) => (
          <WithdrawnTaskCard key={task.itemId} task={task} onAnswered={refresh} />
        ))}
      {!cloud && campaign.task && <AssistedTaskCard task={campaign.task} onAnswered={refresh} />}
      <UncertainItems items={uncertain} onResolved={refresh} />

      {/* A list message goes from the phone: its text, a QR code and the record, not start/pause. */}
      {campaign.way === 'phone_broadcast' ? (
        <PhoneBroadcastPanel campaign={campaign} />
      ) : (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <NextMessage campaign={campaign} now={now} />
            <ProgressSummary counts={campaign.counts} cloud={cloud} />
            <CampaignControls campaign={campaign} senderBlocked={senderBlocked} refresh={refresh} />
          </Stack>
        </Paper>
      )}

      {/* The meter is for the people still to message: a finished campaign has none. */}
      {(campaign.state === 'running' ||
        campaign.state === 'scheduled' ||
        campaign.state === 'paused') && <CampaignRiskPanel id={campaign.id} template={cloud} />}

      <SenderUsageGauges
        senderId={campaign.senderId}
        label={sender?.label ?? ''}
        newChatsLimit={sender?.limits.newChatsPerDay}
      />

      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h5" mb="xs">
          {campaign.template
            ? t('campaigns.detail.templateTitle', { name: campaign.template.name })
            : t('campaigns.detail.message')}
        </Title>
        {campaign.template ? (
          <TemplateMessage
            template={campaign.template}
            describe={(placeholder) =>
              describeParam(campaign.template?.params[paramKey(placeholder)], t)
            }
          />
        ) : (
          <ChatBackdrop>
            <MessageBubble text={campaign.text} />
          </ChatBackdrop>
        )}
      </Paper>

      {/* A phone broadcast has no one in it until the list message is recorded. */}
      {!(campaign.way === 'phone_broadcast' && campaign.state === 'draft') && (
        <>
          <CampaignResultsSection campaignId={campaign.id} cloud={cloud} />
          {/* What people wrote back reaches Rupor only through the Cloud API's events. */}
          {cloud && <CampaignReplies campaignId={campaign.id} />}
          <CampaignItemsTable
            campaignId={campaign.id}
            items={items}
            cloud={cloud}
            replies={campaign.way === 'phone_broadcast'}
            onReplied={refresh}
          />
        </>
      )}
    </>
  )
}
