import { Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Campaign } from '../../../../shared/campaigns'
import { CardTable } from '../../components/CardTable'
import { MeterCell } from '../../components/MeterCell'
import { RowNameLink } from '../../components/RowNameLink'
import { namesOf, shortListNames } from './campaign-lists-text'
import { progressOf } from './campaign-progress'
import { NextMessageShort } from './NextMessage'
import { PauseShort } from './PauseShort'
import { StateBadge } from './StateBadge'
import { useNow } from './use-now'

interface Props {
  campaigns: readonly Campaign[]
  /** Every list's name, to say whom each campaign goes to; empty while they load. */
  lists?: readonly { id: number; name: string }[]
  onOpen: (campaign: Campaign) => void
}

/**
 * Every campaign: its name and lists, state, how far it has come, and when the next message goes.
 */
export function CampaignsTable({ campaigns, lists = [], onOpen }: Props) {
  const { t } = useTranslation()
  const now = useNow(1000)
  return (
    <CardTable label={t('campaigns.table')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('campaigns.column.name')}</Table.Th>
          <Table.Th w={130}>{t('campaigns.column.state')}</Table.Th>
          <Table.Th w={150}>{t('campaigns.column.progress')}</Table.Th>
          <Table.Th w={220}>{t('campaigns.column.next')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {campaigns.map((campaign) => {
          const progress = progressOf(campaign.counts)
          return (
            <Table.Tr key={campaign.id}>
              <Table.Td>
                <Stack gap={0} align="flex-start">
                  <RowNameLink
                    name={campaign.name}
                    onOpen={() => {
                      onOpen(campaign)
                    }}
                  />
                  {/* Whom it goes to, under its name: the first list and how many more. */}
                  {lists.length > 0 && (
                    <Text fz="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                      {shortListNames(namesOf(campaign.listIds, lists), t)}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <StateBadge state={campaign.state} />
              </Table.Td>
              <Table.Td>
                <MeterCell
                  text={t('campaigns.progressValue', {
                    done: progress.done,
                    total: progress.total,
                  })}
                  percent={progress.percent}
                  color="teal"
                />
              </Table.Td>
              <Table.Td>
                {campaign.pauseReason ? (
                  <PauseShort reason={campaign.pauseReason.reason} />
                ) : (
                  <NextMessageShort campaign={campaign} now={now} />
                )}
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </CardTable>
  )
}
