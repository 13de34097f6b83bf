import { Alert, Button, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  IconAlertTriangle,
  IconCheck,
  IconClockOff,
  IconCopy,
  IconDeviceMobile,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignDetail } from '../../../../shared/campaigns'
import type { ListMessagePlan } from '../../../../shared/list-message'
import { useApi } from '../../api/api-context'
import { useApiQuery } from '../../api/use-api-query'
import { QueryStateView } from '../../components/QueryStateView'
import { DateTimeField } from '../../components/dates/DateFields'
import { errorMessage } from '../../i18n/error-message'
import { useNavigation } from '../../stores/navigation'
import { useListsView } from '../lists/lists-view'
import { RefusalsAlert } from '../risk/RefusalsAlert'
import { useSenderUsage } from '../senders/SenderUsageGauges'
import { useCampaignsView } from './campaigns-view'
import { fromLocalInput, toLocalInput } from './composer-form'
import { ListMessageQr } from './ListMessageQr'
import { ChatBackdrop, MessageBubble } from './MessageBubble'
import { PersonalFieldsWarning } from './PersonalFieldsWarning'
import { useNow } from './use-now'

/**
 * A phone broadcast's page instead of start and pause: why it may not go yet, or the text as it
 * will go with a QR code and a copy button, and «Отправлено в рассылку … в 14:05» to record it.
 */
export function PhoneBroadcastPanel({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation()
  const plan = useApiQuery(
    'campaigns.listMessage',
    { id: campaign.id },
    {
      refreshOn: [
        'campaigns.changed',
        'lists.changed',
        'optOuts.changed',
        'contacts.changed',
        'senders.changed',
      ],
    },
  )
  return (
    <Paper withBorder radius="md" p="lg" data-testid="phone-broadcast-panel">
      <Stack gap="md">
        <Title order={2} size="h4">
          <Group gap={8} component="span">
            <IconDeviceMobile size={22} />
            {plan.state.status === 'ready' && plan.state.value.sentAt !== null
              ? t('phoneBroadcast.panel.recordedTitle')
              : t('phoneBroadcast.panel.title')}
          </Group>
        </Title>
        <QueryStateView
          state={plan.state}
          failedTitle={t('campaigns.loadFailed')}
          retryLabel={t('campaigns.retry')}
          onRetry={plan.reload}
        >
          {(value) => <PlanBody campaign={campaign} plan={value} onRecorded={plan.refresh} />}
        </QueryStateView>
      </Stack>
    </Paper>
  )
}

function PlanBody({
  campaign,
  plan,
  onRecorded,
}: {
  campaign: CampaignDetail
  plan: ListMessagePlan
  onRecorded: () => void
}) {
  const { t, i18n } = useTranslation()
  const show = useCampaignsView((state) => state.show)
  const goTo = useNavigation((state) => state.goTo)
  const openList = useListsView((state) => state.open)
  const now = useNow(60_000)
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' })

  if (plan.sentAt !== null)
    return (
      <Alert color="teal" variant="light" icon={<IconCheck />}>
        {t('phoneBroadcast.panel.recordedText', {
          list: plan.phoneList?.name ?? plan.listName,
          at: when.format(plan.sentAt),
        })}
      </Alert>
    )
  if (plan.listId === null) return <Text>{t('phoneBroadcast.panel.noList')}</Text>
  const listId = plan.listId
  const toList = (
    <Button
      variant="default"
      onClick={() => {
        openList(listId)
        goTo('lists')
      }}
    >
      {t('phoneBroadcast.panel.openList', { list: plan.listName })}
    </Button>
  )
  if (plan.phoneList === null)
    return (
      <Stack gap="sm" align="flex-start">
        <Text>{t('phoneBroadcast.panel.noPhoneList', { list: plan.listName })}</Text>
        {toList}
      </Stack>
    )
  if (plan.personal.length > 0)
    return (
      <Stack gap="sm" align="flex-start">
        <PersonalFieldsWarning
          text={campaign.text}
          title={t('phoneBroadcast.panel.personalTitle')}
        />
        <Button
          variant="default"
          onClick={() => {
            show({ kind: 'compose', id: campaign.id })
          }}
        >
          {t('phoneBroadcast.panel.editText')}
        </Button>
      </Stack>
    )
  if (plan.refusals.length > 0)
    return (
      <Stack gap="sm" align="flex-start">
        <RefusalsAlert kind="listMessage" refusals={plan.refusals} now={now} />
        {plan.refusals.some((r) => r.key === 'removals_pending' || r.key === 'no_phone_list') &&
          toList}
      </Stack>
    )
  return <ReadyToSend campaign={campaign} plan={plan} onRecorded={onRecorded} />
}

function ReadyToSend({
  campaign,
  plan,
  onRecorded,
}: {
  campaign: CampaignDetail
  plan: ListMessagePlan
  onRecorded: () => void
}) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [sentAt, setSentAt] = useState(() => toLocalInput(Date.now()))
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const phoneList = plan.phoneList?.name ?? plan.listName
  const at = fromLocalInput(sentAt)
  // The field has minutes: "now" is within the minute shown.
  const now = useNow(15_000)
  const future = at !== null && at > now + 60_000
  // As the time field shows it: 23:04 in Russian, 11:04 PM in English.
  const time =
    at === null
      ? sentAt.slice(11, 16)
      : new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(at)
  // A list message reaches everyone at once: outside the number's hours, at night for them too.
  const usage = useSenderUsage(campaign.senderId)
  const closed = usage.status === 'ready' && !usage.usage.windowOpen

  const record = async () => {
    if (at === null || future) return
    setBusy(true)
    setFailure(undefined)
    try {
      await api.call('campaigns.recordListMessage', { id: campaign.id, sentAt: at })
      notifications.show({
        color: 'teal',
        message: t('phoneBroadcast.panel.record', { phoneList, time }),
      })
      onRecorded()
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="md">
      <Text fz="sm">
        {t('phoneBroadcast.panel.people', { phoneList, count: plan.phoneList?.people ?? 0 })}
      </Text>
      <Text fz="sm" c="dimmed">
        {t('phoneBroadcast.panel.steps', { phoneList })}
      </Text>
      {closed && (
        <Alert color="yellow" variant="light" icon={<IconClockOff size={18} />}>
          {t('phoneBroadcast.panel.outsideHours')}
        </Alert>
      )}
      <Group align="flex-start" gap="lg" wrap="wrap">
        <ListMessageQr text={plan.text} />
        <Stack gap="sm" style={{ flex: 1, minWidth: 260 }}>
          <ChatBackdrop>
            <MessageBubble text={plan.text} />
          </ChatBackdrop>
          <CopyButton value={plan.text}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'default'}
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
                w="fit-content"
              >
                {copied ? t('phoneBroadcast.panel.copied') : t('phoneBroadcast.panel.copy')}
              </Button>
            )}
          </CopyButton>
        </Stack>
      </Group>
      <Group align="flex-end" gap="sm">
        <DateTimeField
          label={t('phoneBroadcast.panel.sentAt')}
          description={t('phoneBroadcast.panel.sentAtHint')}
          value={sentAt}
          error={future ? t('phoneBroadcast.panel.future') : undefined}
          onChange={setSentAt}
          maw={280}
        />
        <Button
          leftSection={<IconCheck size={18} />}
          loading={busy}
          disabled={at === null || future}
          onClick={() => void record()}
        >
          {t('phoneBroadcast.panel.record', { phoneList, time })}
        </Button>
      </Group>
      {failure !== undefined && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('campaigns.failed')}>
          {errorMessage(failure, t)}
        </Alert>
      )}
    </Stack>
  )
}
