import { Loader, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { totalsRows } from './sender-totals-rows'
import { useSenderTotals } from './use-sender-totals'

/** A number's sends, outcomes and new chats over the last 7 and 30 days, side by side. */
export function SenderTotalsTable({ sender }: { sender: Sender }) {
  const { t, i18n } = useTranslation()
  const { state, reload } = useSenderTotals(sender.id)
  const number = (value: number) => value.toLocaleString(i18n.language)

  if (state.status === 'loading') return <Loader size="xs" />
  if (state.status === 'failed') {
    return (
      <LoadFailedAlert
        title={t('results.totals.loadFailed')}
        error={state.error}
        retry={{ label: t('results.retry'), onClick: reload, size: 'xs' }}
      />
    )
  }
  return (
    <Table
      withTableBorder
      withColumnBorders
      fz="xs"
      verticalSpacing={2}
      horizontalSpacing="xs"
      maw={420}
      bg="white"
      aria-label={t('results.totals.label', { label: sender.label })}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('results.totals.title')}</Table.Th>
          <Table.Th ta="right" w={76} style={{ whiteSpace: 'nowrap' }}>
            {t('results.totals.days7')}
          </Table.Th>
          <Table.Th ta="right" w={76} style={{ whiteSpace: 'nowrap' }}>
            {t('results.totals.days30')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {totalsRows(state.value, sender.channel).map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>{t(`results.totals.${row.key}`)}</Table.Td>
            <Table.Td ta="right">{number(row.week)}</Table.Td>
            <Table.Td ta="right">{number(row.month)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
