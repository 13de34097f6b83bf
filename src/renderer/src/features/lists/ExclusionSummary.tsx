import { Group, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReasonCounts } from '../../../../shared/eligibility'
import { reasonSummary } from './reason-summary'

/** Each reason people are left out, with how many: "Нет согласия: 12 · Отписался: 3". */
export function ReasonLines({ counts, fz = 'sm' }: { counts: ReasonCounts; fz?: string }) {
  const { t } = useTranslation()
  const reasons = reasonSummary(counts)
  if (reasons.length === 0) return null
  return (
    <Group gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none', rowGap: 2 }}>
      {reasons.map(({ reason, count }, index) => (
        <Text key={reason} component="li" fz={fz} c="dimmed">
          {t('lists.reasonCount', { reason: t(`eligibility.${reason}`), count })}
          {index < reasons.length - 1 ? ' ·' : ''}
        </Text>
      ))}
    </Group>
  )
}

/** A number of people left out, with the reasons in a tooltip. */
export function ExcludedCount({ counts, total }: { counts: ReasonCounts; total: number }) {
  const { t } = useTranslation()
  const reasons = reasonSummary(counts)
  if (total === 0) return <Text fz="sm">0</Text>
  return (
    <Tooltip
      multiline
      w={260}
      label={reasons
        .map(({ reason, count }) =>
          t('lists.reasonCount', { reason: t(`eligibility.${reason}`), count }),
        )
        .join('\n')}
      style={{ whiteSpace: 'pre-line' }}
    >
      <Text fz="sm" c="orange.8" td="underline dotted" style={{ cursor: 'help' }} tabIndex={0}>
        {total}
      </Text>
    </Tooltip>
  )
}
