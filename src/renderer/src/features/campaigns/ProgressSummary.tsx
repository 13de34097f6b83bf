import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignDetail } from '../../../../shared/campaigns'
import { progressOf, progressSections } from './campaign-progress'

interface Props {
  counts: CampaignDetail['counts']
  /** A Cloud API campaign: Meta reports what was delivered and read. */
  cloud: boolean
}

/** How far the campaign is: a bar by outcome and the counts (the reasons are in the results). */
export function ProgressSummary({ counts, cloud }: Props) {
  const { t } = useTranslation()
  const progress = progressOf(counts)
  const sections = progressSections(counts)
  const label = t('campaigns.detail.progressLabel', { done: progress.done, total: progress.total })
  // Delivered and read only where the channel tells them: the assisted channel never does.
  const reported = cloud || counts.delivered > 0 || counts.read > 0
  const tiles = [
    { key: 'sent', value: counts.sent, color: 'teal.8' },
    ...(reported
      ? ([
          { key: 'delivered', value: counts.delivered, color: 'teal.9' },
          { key: 'read', value: counts.read, color: 'blue.8' },
        ] as const)
      : []),
    { key: 'skipped', value: counts.skipped, color: 'gray.7' },
    { key: 'failed', value: counts.failed, color: 'red.7' },
    { key: 'uncertain', value: counts.uncertain, color: 'yellow.8' },
    { key: 'left', value: progress.left, color: 'blue.7' },
  ] as const

  return (
    <>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fz="sm" fw={600}>
            {label}
          </Text>
          <Text fz="sm" c="dimmed">
            {Math.round(progress.percent)}%
          </Text>
        </Group>
        <Progress.Root size="lg" aria-label={label}>
          <Progress.Section value={sections.sent} color="teal" />
          <Progress.Section value={sections.skipped} color="gray.5" />
          <Progress.Section value={sections.failed} color="red" />
          <Progress.Section value={sections.uncertain} color="yellow" />
        </Progress.Root>
      </Stack>
      <SimpleGrid cols={{ base: 3, sm: reported ? 7 : 5 }} spacing="sm">
        {tiles.map(({ key, value, color }) => (
          <Stack
            key={key}
            gap={0}
            aria-label={`${t(`campaigns.detail.counts.${key}`)}: ${String(value)}`}
          >
            <Text fz={26} fw={700} c={color} lh={1.2}>
              {value}
            </Text>
            <Text fz="xs" c="dimmed">
              {t(`campaigns.detail.counts.${key}`)}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </>
  )
}
