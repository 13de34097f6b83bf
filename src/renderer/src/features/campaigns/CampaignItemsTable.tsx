import {
  Alert,
  Badge,
  Button,
  Group,
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
import { itemStates, type CampaignItem, type ItemState } from '../../../../shared/campaigns'
import { useApiEvent } from '../../api/use-api-event'
import { errorMessage } from '../../i18n/error-message'
import { formatPhone } from '../contacts/phone-format'
import { reasonDetailKey, reasonKey } from './campaign-progress'
import { DeliveryBadge } from './DeliveryBadge'
import { useApiQuery } from '../../api/use-api-query'

const stateColors: Record<ItemState, string> = {
  planned: 'gray',
  sending: 'blue',
  sent: 'teal',
  skipped: 'gray',
  failed: 'red',
  uncertain: 'yellow',
}
const page = 100

interface Props {
  id: number
  /** A Cloud API campaign: each message's delivery as Meta reports it gets a column. */
  cloud: boolean
}

/** Everyone in the campaign with what happened to them, filtered by state. */
export function CampaignItemsTable({ id, cloud }: Props) {
  const { t, i18n } = useTranslation()
  const [state, setState] = useState<ItemState | undefined>()
  const [limit, setLimit] = useState(page)
  const query = useApiQuery('campaigns.items', {
    id,
    offset: 0,
    limit,
    ...(state === undefined ? {} : { state }),
  })
  useApiEvent('campaigns.changed', (payload) => {
    if (payload.id === id) query.refresh()
  })
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' })

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">
            {t('campaigns.items.title')}
          </Title>
          <Select
            size="xs"
            w={200}
            aria-label={t('campaigns.items.filter')}
            data={[
              { value: 'all', label: t('campaigns.items.all') },
              ...itemStates.map((value) => ({ value, label: t(`campaigns.itemState.${value}`) })),
            ]}
            value={state ?? 'all'}
            allowDeselect={false}
            onChange={(value) => {
              setState(itemStates.find((entry) => entry === value))
              setLimit(page)
            }}
          />
        </Group>
        {query.state.status === 'failed' && (
          <Alert color="red" variant="light">
            {errorMessage(query.state.error, t)}
          </Alert>
        )}
        {query.state.status === 'ready' && query.state.value.rows.length === 0 && (
          <Text fz="sm" c="dimmed">
            {t('campaigns.items.empty')}
          </Text>
        )}
        {query.state.status === 'ready' && query.state.value.rows.length > 0 && (
          <>
            <Table.ScrollContainer minWidth={cloud ? 740 : 600} maxHeight={420}>
              <Table verticalSpacing={6} stickyHeader aria-label={t('campaigns.items.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('campaigns.items.person')}</Table.Th>
                    <Table.Th w={170}>{t('campaigns.items.phone')}</Table.Th>
                    <Table.Th w={160}>{t('campaigns.items.state')}</Table.Th>
                    {cloud && <Table.Th w={150}>{t('campaigns.items.delivery')}</Table.Th>}
                    <Table.Th>{t('campaigns.items.reason')}</Table.Th>
                    <Table.Th w={130}>{t('campaigns.items.when')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.state.value.rows.map((item) => (
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
            <Group justify="space-between">
              <Text fz="xs" c="dimmed">
                {t('campaigns.items.shown', {
                  shown: query.state.value.rows.length,
                  total: query.state.value.total,
                })}
              </Text>
              {query.state.value.rows.length < query.state.value.total && limit < 500 && (
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => {
                    setLimit((n) => Math.min(500, n + page))
                  }}
                >
                  {t('campaigns.items.more')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  )
}

/** The reason in a few words; a Cloud API reason explains itself at length on hover. */
function ReasonText({ item }: { item: CampaignItem }) {
  const { t } = useTranslation()
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
