import { Button, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconMessageCircle } from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OptOutEntry } from '../../../../shared/opt-outs'
import { formatPhone } from '../contacts/phone-format'

interface Props {
  rows: readonly OptOutEntry[]
  onResubscribe: (entry: OptOutEntry) => void
}

/** The numbers on the list: who they belong to, how and when they got here, and the way back. */
export function OptOutsTable({ rows, onResubscribe }: Props) {
  const { t } = useTranslation()
  return (
    <Table stickyHeader verticalSpacing="sm" highlightOnHover aria-label={t('optOuts.table')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('optOuts.column.number')}</Table.Th>
          <Table.Th>{t('optOuts.column.contact')}</Table.Th>
          <Table.Th>{t('optOuts.column.source')}</Table.Th>
          <Table.Th>{t('optOuts.column.date')}</Table.Th>
          <Table.Th>{t('optOuts.column.note')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('optOuts.column.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((entry) => (
          <OptOutRow key={entry.e164} entry={entry} onResubscribe={onResubscribe} />
        ))}
      </Table.Tbody>
    </Table>
  )
}

const OptOutRow = memo(function OptOutRow({
  entry,
  onResubscribe,
}: {
  entry: OptOutEntry
  onResubscribe: (entry: OptOutEntry) => void
}) {
  const { t, i18n } = useTranslation()
  const number = formatPhone(entry.e164)
  const when = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(entry.createdAt)
  const name = entry.contactName?.trim() ?? ''

  return (
    <Table.Tr>
      <Table.Td miw={150}>
        <Text fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {number}
        </Text>
        {entry.linkedFrom !== null && (
          <Tooltip
            label={t('optOuts.linkedFromHint', { number: formatPhone(entry.linkedFrom) })}
            multiline
            w={280}
          >
            <Text fz="xs" c="dimmed">
              {t('optOuts.linkedFrom', { number: formatPhone(entry.linkedFrom) })}
            </Text>
          </Tooltip>
        )}
      </Table.Td>
      <Table.Td miw={140}>
        {entry.contactId === null ? (
          <Text fz="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('optOuts.noContact')}
          </Text>
        ) : (
          <Text fz="sm">{name === '' ? t('optOuts.noName') : name}</Text>
        )}
      </Table.Td>
      {/* Words that may wrap: the row's button keeps its room on a 1366-px laptop. */}
      <Table.Td miw={120}>
        <Text fz="sm">{t(`optOuts.source.${entry.source}`)}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text fz="sm">{when}</Text>
      </Table.Td>
      <Table.Td maw={260} miw={140}>
        <Text fz="sm" c="dimmed" lineClamp={2} title={entry.note || undefined}>
          {entry.note}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Tooltip label={t('optOuts.resubscribe.rowHint')} openDelay={400}>
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            leftSection={<IconMessageCircle size={14} />}
            aria-label={t('optOuts.resubscribe.rowButtonFor', { number })}
            onClick={() => {
              onResubscribe(entry)
            }}
          >
            {t('optOuts.resubscribe.rowButton')}
          </Button>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  )
})
