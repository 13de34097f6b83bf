import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignResults } from '../../../../shared/campaign-results'
import { CountCards } from '../../components/CountCards'
import { QueryStateView } from '../../components/QueryStateView'
import { SectionHeading } from '../../components/SectionHeading'
import { ChannelSummary } from './ChannelSummary'
import { ExportItemsButton } from './ExportItemsButton'
import { hourRows, progressPoints } from './hour-chart-data'
import { ReasonCounts } from './ReasonCounts'
import { resultCounts } from './result-counts'
import { SendsPerHourChart } from './SendsPerHourChart'
import { SentSoFarChart } from './SentSoFarChart'
import { useCampaignResults } from './use-campaign-results'

interface Props {
  campaignId: number
  /** A Cloud API campaign: Meta reports delivered and read; the assisted channel cannot know. */
  cloud: boolean
}

/** What a started campaign achieved: the counts, why some did not go, the hours, the CSV. */
export function CampaignResultsSection({ campaignId, cloud }: Props) {
  const { t } = useTranslation()
  const { state, reload } = useCampaignResults(campaignId)
  return (
    <Paper withBorder radius="md" p="md" role="region" aria-label={t('results.title')}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <SectionHeading title={t('results.title')} hint={t('results.hint')} size="h5" />
          <ExportItemsButton campaignId={campaignId} />
        </Group>
        <QueryStateView
          state={state}
          failedTitle={t('results.loadFailed')}
          retryLabel={t('results.retry')}
          onRetry={reload}
        >
          {(results) => <ResultsBody results={results} cloud={cloud} />}
        </QueryStateView>
      </Stack>
    </Paper>
  )
}

function ResultsBody({ results, cloud }: { results: CampaignResults; cloud: boolean }) {
  const { t, i18n } = useTranslation()
  const cards = resultCounts(results, cloud).map(({ key, value, color }) => ({
    key,
    value,
    color,
    label: t(`results.counts.${key}`),
    hint: t(`results.counts.${key}Hint`),
  }))
  const rows = hourRows(results.hours, results.timeZone, i18n.language)
  const sentAny = rows.some((row) => row.sends > 0)
  return (
    <>
      {/* Cloud API: planned, sent, delivered, read over failed, skipped, opted out. */}
      <CountCards cards={cards} cols={cloud ? 4 : 3} />
      <ChannelSummary results={results} />
      {/* The assisted channel's note; a list message is sent from the phone, not chat by chat. */}
      {!cloud && results.way === 'paced' && (
        <Text fz="xs" c="dimmed">
          {t('results.assistedNote')}
        </Text>
      )}
      {(results.failedBy.length > 0 || results.skippedBy.length > 0) && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <ReasonCounts title={t('results.failedBy')} reasons={results.failedBy} />
          <ReasonCounts title={t('results.skippedBy')} reasons={results.skippedBy} />
        </SimpleGrid>
      )}
      {sentAny ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <SendsPerHourChart
            rows={rows}
            perHourLimit={results.perHourLimit}
            timeZone={results.timeZone}
          />
          <SentSoFarChart
            points={progressPoints(results.hours, results.timeZone, i18n.language)}
            total={results.counts.total}
          />
        </SimpleGrid>
      ) : (
        <Text fz="sm" c="dimmed">
          {t('results.noSends')}
        </Text>
      )}
    </>
  )
}
