import { Group, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { listCapacity, type ListSummary } from '../../../../shared/lists'
import { CardTable } from '../../components/CardTable'
import { MeterCell } from '../../components/MeterCell'
import { RowNameLink } from '../../components/RowNameLink'
import { ExcludedCount } from './ExclusionSummary'
import { ListActionsMenu } from './ListActionsMenu'
import { excludedTotal } from './reason-summary'

interface Props {
  lists: readonly ListSummary[]
  onOpen: (id: number) => void
}

/** Every list: its name, how full it is, who will and will not get it, when it last changed. */
export function ListsTable({ lists, onOpen }: Props) {
  const { t, i18n } = useTranslation()
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' })
  return (
    <CardTable label={t('lists.table')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('lists.column.name')}</Table.Th>
          <Table.Th w={120}>{t('lists.column.size')}</Table.Th>
          <Table.Th w={115} ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('lists.column.eligible')}
          </Table.Th>
          <Table.Th w={115} ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('lists.column.excluded')}
          </Table.Th>
          <Table.Th w={160}>{t('lists.column.updated')}</Table.Th>
          <Table.Th w={48} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lists.map((list) => (
          <Table.Tr key={list.id}>
            <Table.Td>
              <Stack gap={2}>
                <RowNameLink
                  name={list.name}
                  onOpen={() => {
                    onOpen(list.id)
                  }}
                />
                {list.description !== '' && (
                  <Text fz="xs" c="dimmed" lineClamp={2}>
                    {list.description}
                  </Text>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>
              <MeterCell
                text={t('lists.capacity', { size: list.size, limit: listCapacity })}
                percent={Math.min(100, (list.size / listCapacity) * 100)}
                color={list.size >= listCapacity ? 'orange' : 'teal'}
              />
            </Table.Td>
            <Table.Td ta="right">
              <Text fz="sm" c="teal.8" fw={600}>
                {list.eligible}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group justify="flex-end">
                <ExcludedCount counts={list.excluded} total={excludedTotal(list.excluded)} />
              </Group>
            </Table.Td>
            <Table.Td>
              <Text fz="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {date.format(list.updatedAt)}
              </Text>
            </Table.Td>
            <Table.Td>
              <ListActionsMenu
                list={list}
                onDuplicated={(copy) => {
                  onOpen(copy.id)
                }}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CardTable>
  )
}
