import { Anchor, Paper, Progress, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Campaign } from '../../../../shared/campaigns'
import { progressOf } from './campaign-progress'
import { NextMessageShort } from './NextMessage'
import { StateBadge } from './StateBadge'
import { useNow } from './use-now'

interface Props {
  campaigns: readonly Campaign[]
  onOpen: (campaign: Campaign) => void
}

/** Every campaign: its name, state, how far it has come, and when the next message goes. */
export function CampaignsTable({ campaigns, onOpen }: Props) {
  const { t } = useTranslation()
  const now = useNow(1000)
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={640}>
        <Table
          verticalSpacing="sm"
          horizontalSpacing="md"
          highlightOnHover
          aria-label={t('campaigns.table')}
        >
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
                    <Anchor
                      component="button"
                      type="button"
                      fw={600}
                      fz="sm"
                      ta="left"
                      style={{ wordBreak: 'break-word' }}
                      onClick={() => {
                        onOpen(campaign)
                      }}
                    >
                      {campaign.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StateBadge state={campaign.state} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                        {t('campaigns.progressValue', {
                          done: progress.done,
                          total: progress.total,
                        })}
                      </Text>
                      <Progress value={progress.percent} size="xs" color="teal" aria-hidden />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <NextMessageShort campaign={campaign} now={now} />
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}
