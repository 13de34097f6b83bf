import { Center, Grid, Loader, Paper, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { ForecastLine } from './ForecastLine'
import { PhoneBroadcastReach } from './PhoneBroadcastReach'
import { RiskFactorList } from './RiskFactorList'
import { RiskGauge } from './RiskGauge'
import { useCampaignRisk } from './use-campaign-risk'

/**
 * A started campaign's meter for the people still to message: the gauge, when it would finish,
 * and what raises the risk with advice (nothing is applied from here).
 */
export function CampaignRiskPanel({ id, template }: { id: number; template: boolean }) {
  const { t } = useTranslation()
  const { risk, forecast } = useCampaignRisk(id)
  const { state } = risk

  return (
    <Paper withBorder radius="md" p="md" role="region" aria-label={t('risk.title')}>
      <Stack gap="sm">
        {/* With an answer, the gauge's "Risk of a ban: high" is the heading. */}
        {state.status !== 'ready' && (
          <Title order={2} size="h5">
            {t('risk.title')}
          </Title>
        )}
        {state.status === 'loading' && (
          <Center py="md">
            <Loader size="sm" />
          </Center>
        )}
        {state.status === 'failed' && (
          <LoadFailedAlert
            title={t('risk.failed')}
            error={state.error}
            retry={{ label: t('risk.retry'), onClick: risk.reload, size: 'xs' }}
          />
        )}
        {state.status === 'ready' && (
          // The page is wide: the gauge and the forecast beside what raises the risk.
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="md">
                <RiskGauge assessment={state.value} />
                <ForecastLine
                  forecast={forecast.state.status === 'ready' ? forecast.state.value : undefined}
                  failed={forecast.state.status === 'failed'}
                />
                {/* A recorded list message has nobody left to reach: nothing to say. */}
                {state.value.reach !== null &&
                  state.value.reach.reached + state.value.reach.missed > 0 && (
                    <PhoneBroadcastReach reach={state.value.reach} />
                  )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <RiskFactorList
                factors={state.value.factors}
                refusals={state.value.refusals}
                listMessageRefusals={state.value.listMessageRefusals}
                at={state.value.at}
                template={template}
              />
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </Paper>
  )
}
