import { Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { ForecastLine } from './ForecastLine'
import { RiskFactorList } from './RiskFactorList'
import { RiskGauge } from './RiskGauge'
import { useSenderRisk } from './use-sender-risk'

/**
 * A number's own risk on its card, compact: the small gauge, the two biggest factors with their
 * advice, and when its running campaigns would all be done. A block is told by the card above.
 */
export function SenderRiskSummary({ senderId }: { senderId: number }) {
  const { t } = useTranslation()
  const { risk, forecast } = useSenderRisk(senderId)
  const { state } = risk

  if (state.status === 'loading') {
    return (
      <Group gap="xs">
        <Loader size={14} />
        <Text fz="sm" c="dimmed">
          {t('risk.senderTitle')}
        </Text>
      </Group>
    )
  }
  if (state.status === 'failed') {
    return (
      <LoadFailedAlert
        title={t('risk.failed')}
        error={state.error}
        retry={{ label: t('risk.retry'), onClick: risk.reload, size: 'xs' }}
      />
    )
  }
  const assessment = state.value
  // The card says a block itself, with the way to the ban centre: not a second red box here.
  const refusals = assessment.refusals.filter((refusal) => refusal.key !== 'sender_blocked')
  const blocked = refusals.length < assessment.refusals.length
  const factors = assessment.factors.slice(0, 2)
  return (
    // The gauge and the forecast beside the biggest factors, one under the other when the card
    // is narrow (its own width, not the window's: the card sits in a page with a sidebar).
    <SimpleGrid
      type="container"
      cols={{ base: 1, '560px': 2 }}
      spacing="lg"
      verticalSpacing="sm"
      aria-label={t('risk.senderTitle')}
      role="group"
    >
      <Stack gap="sm">
        <RiskGauge assessment={assessment} subject="sender" size="sm" />
        <ForecastLine
          subject="sender"
          forecast={forecast.state.status === 'ready' ? forecast.state.value : undefined}
          failed={forecast.state.status === 'failed'}
        />
      </Stack>
      {(!blocked || factors.length > 0 || refusals.length > 0) && (
        <RiskFactorList factors={factors} refusals={refusals} at={assessment.at} />
      )}
    </SimpleGrid>
  )
}
