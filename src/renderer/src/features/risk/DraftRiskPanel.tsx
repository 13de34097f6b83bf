import { Center, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RiskDraft, RiskFix } from '../../../../shared/risk'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { ForecastLine } from './ForecastLine'
import { PhoneBroadcastReach } from './PhoneBroadcastReach'
import { RiskFactorList } from './RiskFactorList'
import { RiskGauge } from './RiskGauge'
import { useDraftRisk } from './use-draft-risk'

interface Props {
  /** The campaign as the composer has it now; null until a number is chosen. */
  draft: RiskDraft | null
  onFix: (fix: RiskFix) => void
  canApply: (fix: RiskFix) => boolean
  /** The fix being applied now. */
  applying: RiskFix['kind'] | undefined
  /** The number sends Cloud API templates. */
  template: boolean
}

/**
 * The composer's live meter: the gauge, when it would finish, and what raises the risk with the
 * fixes a click applies. It follows the form on its own; the last answer stays while it updates.
 */
export function DraftRiskPanel({ draft, onFix, canApply, applying, template }: Props) {
  const { t } = useTranslation()
  const { risk, forecast } = useDraftRisk(draft)
  const assessment = risk.value

  let body
  if (draft === null) {
    body = (
      <Text fz="sm" c="dimmed">
        {t('risk.noSender')}
      </Text>
    )
  } else if (assessment === undefined) {
    body = risk.failed ? (
      <LoadFailedAlert
        title={t('risk.failed')}
        error={risk.error}
        retry={{ label: t('risk.retry'), onClick: risk.retry, size: 'xs' }}
      />
    ) : (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    )
  } else {
    body = (
      <Stack gap="md">
        <RiskGauge assessment={assessment} updating={risk.pending} />
        {risk.failed && (
          <LoadFailedAlert
            title={t('risk.failed')}
            error={risk.error}
            retry={{ label: t('risk.retry'), onClick: risk.retry, size: 'xs' }}
          />
        )}
        {(draft.listIds ?? []).length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('risk.forecast.noList')}
          </Text>
        ) : (
          <ForecastLine
            forecast={forecast.value}
            failed={forecast.failed}
            updating={forecast.pending}
          />
        )}
        {assessment.reach !== null && (draft.listIds ?? []).length > 0 && (
          <PhoneBroadcastReach reach={assessment.reach} />
        )}
        <RiskFactorList
          factors={assessment.factors}
          refusals={assessment.refusals}
          listMessageRefusals={assessment.listMessageRefusals}
          at={assessment.at}
          onFix={onFix}
          canApply={canApply}
          applying={applying}
          template={template}
        />
      </Stack>
    )
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      role="region"
      aria-label={t('risk.title')}
      aria-busy={draft !== null && risk.pending}
    >
      <Stack gap="sm">
        {/* With an answer, the gauge's "Risk of a ban: high" is the heading. */}
        {assessment === undefined && (
          <Title order={2} size="h5">
            {t('risk.title')}
          </Title>
        )}
        {body}
      </Stack>
    </Paper>
  )
}
