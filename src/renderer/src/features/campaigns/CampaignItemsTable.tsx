import {
  Alert,
  Badge,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  itemStates,
  type CampaignItem,
  type CampaignItemsPage,
  type ItemReason,
  type ItemState,
} from '../../../../shared/campaigns'
import type { QueryState } from '../../api/use-api-query'
import { errorMessage } from '../../i18n/error-message'
import { formatPhone } from '../contacts/phone-format'
import { reasonDetailKey, reasonKey } from './campaign-progress'
import { DeliveryBadge } from './DeliveryBadge'
import { ReplyMark } from './ReplyMark'
import { filterItems, reasonsAmong } from './item-filter'
import { ExportItemsButton } from '../results/ExportItemsButton'

const stateColors: Record<ItemState, string> = {
  planned: 'gray',
  sending: 'blue',
  sent: 'teal',
  skipped: 'gray',
  failed: 'red',
  uncertain: 'yellow',
}

interface Props {
  campaignId: number
  /** Every item of the campaign, as the page already keeps it fresh (at most 256 people). */
  items: QueryState<CampaignItemsPage>
  /** A Cloud API campaign: each message's delivery as Meta reports it gets a column. */
  cloud: boolean
  /** A list message from the phone: each person's answer is marked here (ReplyMark). */
  replies?: boolean
  onReplied?: () => void
}

/** Everyone in the campaign with what happened to them, filtered by state and reason. */
export function CampaignItemsTable({
  campaignId,
  items,
  cloud,
  replies = false,
  onReplied,
}: Props) {
  const { t, i18n } = useTranslation()
  const [state, setState] = useState<ItemState | undefined>()
  const [reason, setReason] = useState<ItemReason | undefined>()
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' })
  const all = items.status === 'ready' ? items.value.rows : []
  const reasons = reasonsAmong(all, state)
  // A reason the chosen state does not have would show nobody: it no longer applies.
  const shownReason = reason !== undefined && reasons.includes(reason) ? reason : undefined
  const rows = filterItems(all, { state, reason: shownReason })

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">
            {t('campaigns.items.title')}
          </Title>
          <Group gap="xs">
            <Select
              size="xs"
              w={180}
              aria-label={t('campaigns.items.filter')}
              data={[
                { value: 'all', label: t('campaigns.items.all') },
                ...itemStates.map((value) => ({ value, label: t(`campaigns.itemState.${value}`) })),
              ]}
              value={state ?? 'all'}
              allowDeselect={false}
              onChange={(value) => {
                setState(itemStates.find((entry) => entry === value))
              }}
            />
            {reasons.length > 0 && (
              <Select
                size="xs"
                w={200}
                aria-label={t('results.reasonFilter')}
                data={[
                  { value: 'any', label: t('results.anyReason') },
                  ...reasons.map((value) => ({ value, label: t(reasonKey(value)) })),
                ]}
                value={shownReason ?? 'any'}
                allowDeselect={false}
                onChange={(value) => {
                  setReason(reasons.find((entry) => entry === value))
                }}
              />
            )}
            {state !== undefined && <ExportItemsButton campaignId={campaignId} state={state} />}
          </Group>
        </Group>
        {items.status === 'loading' && <Loader size="sm" />}
        {items.status === 'failed' && (
          <Alert color="red" variant="light">
            {errorMessage(items.error, t)}
          </Alert>
        )}
        {items.status === 'ready' && rows.length === 0 && (
          <Text fz="sm" c="dimmed">
            {t('campaigns.items.empty')}
          </Text>
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={cloud || replies ? 820 : 600} maxHeight={420}>
            <Table verticalSpacing={6} stickyHeader aria-label={t('campaigns.items.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('campaigns.items.person')}</Table.Th>
                  <Table.Th w={150}>{t('campaigns.items.phone')}</Table.Th>
                  <Table.Th w={130}>{t('campaigns.items.state')}</Table.Th>
                  {cloud && <Table.Th w={150}>{t('campaigns.items.delivery')}</Table.Th>}
                  {replies && <Table.Th w={230}>{t('phoneBroadcast.reply.column')}</Table.Th>}
                  <Table.Th>{t('campaigns.items.reason')}</Table.Th>
                  <Table.Th w={130}>{t('campaigns.items.when')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Text fz="sm" c={item.name === '' ? 'dimmed' : undefined}>
                        {item.name === '' ? t('contacts.noName') : item.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatPhone(item.e164)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={stateColors[item.state]}
                        style={{ textTransform: 'none' }}
                      >
                        {t(`campaigns.itemState.${item.state}`)}
                      </Badge>
                    </Table.Td>
                    {cloud && (
                      <Table.Td>
                        {item.delivery !== null && <DeliveryBadge delivery={item.delivery} />}
                      </Table.Td>
                    )}
                    {replies && (
                      <Table.Td>
                        <ReplyMark item={item} onMarked={onReplied ?? (() => undefined)} />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <ReasonText item={item} />
                    </Table.Td>
                    <Table.Td>
                      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {item.doneAt === null ? '' : date.format(item.doneAt)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  )
}

/** The reason in a few words; a Cloud API reason explains itself at length on hover. */
function ReasonText({ item }: { item: CampaignItem }) {
  const { t, i18n } = useTranslation()
  if (item.heldUntil !== null) {
    // Meta limited marketing messages to this person (131049): why they wait, and until when.
    const until = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(item.heldUntil)
    return (
      <Tooltip label={t('campaigns.items.heldDetail')} multiline w={320} withArrow>
        <Text fz="sm" c="dimmed" tabIndex={0} style={{ textDecoration: 'underline dotted' }}>
          {t('campaigns.items.heldUntil', { until })}
        </Text>
      </Tooltip>
    )
  }
  if (item.reason === null) return null
  const label = t(reasonKey(item.reason))
  const detail = reasonDetailKey(item.reason, item.state)
  if (detail === null) {
    return (
      <Text fz="sm" c="dimmed">
        {label}
      </Text>
    )
  }
  return (
    <Tooltip label={t(detail)} multiline w={320} withArrow>
      <Text fz="sm" c="dimmed" tabIndex={0} style={{ textDecoration: 'underline dotted' }}>
        {label}
      </Text>
    </Tooltip>
  )
}
