import { List, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReasonCount } from '../../../../shared/campaign-results'
import { reasonKey } from '../campaigns/campaign-progress'

interface Props {
  title: string
  reasons: readonly ReasonCount[]
}

/** Why people failed or were skipped, most common first, in the words of the items table. */
export function ReasonCounts({ title, reasons }: Props) {
  const { t } = useTranslation()
  if (reasons.length === 0) return null
  return (
    <Stack gap={4} role="group" aria-label={title}>
      <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
        {title}
      </Text>
      <List size="sm" spacing={2} listStyleType="none">
        {reasons.map(({ reason, count }) => (
          <List.Item key={reason}>
            {t('campaigns.detail.reasonCount', { reason: t(reasonKey(reason)), count })}
          </List.Item>
        ))}
      </List>
    </Stack>
  )
}
