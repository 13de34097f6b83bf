import { Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BlockRecord } from '../../../../shared/blocks'
import { blockKindKey } from './block-advice'
import { blockLasted } from './block-timing'

interface Props {
  label: string
  records: readonly BlockRecord[]
  now: number
}

/** Every block the number had: when, which, how long, and how it ended. */
export function BlockHistory({ label, records, now }: Props) {
  const { t, i18n } = useTranslation()
  if (records.length === 0) return null
  const when = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(at)
  const lasted = (record: BlockRecord) => {
    const { unit, count } = blockLasted(record, now)
    return t(`banCentre.history.${unit}`, { count })
  }
  const ended = (record: BlockRecord) => {
    if (record.endedAt === null) return t('banCentre.history.ongoing')
    if (record.liftedAt !== null)
      return t('banCentre.history.lifted', { when: when(record.liftedAt) })
    return t('banCentre.history.expired', { when: when(record.endedAt) })
  }

  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {t('banCentre.history.title')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table fz="sm" verticalSpacing={4} aria-label={t('banCentre.history.label', { label })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('banCentre.history.when')}</Table.Th>
              <Table.Th>{t('banCentre.history.kind')}</Table.Th>
              <Table.Th>{t('banCentre.history.lasted')}</Table.Th>
              <Table.Th>{t('banCentre.history.ended')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records.map((record) => (
              <Table.Tr key={record.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(record.block.at)}</Table.Td>
                <Table.Td>{t(blockKindKey(record.block.reason))}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{lasted(record)}</Table.Td>
                <Table.Td>
                  <Text fz="sm" c={record.endedAt === null ? 'red.7' : undefined}>
                    {ended(record)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}
