import { Alert, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../api/errors'
import { CloudErrorText } from './CloudErrorText'
import { errorFix } from './error-fix'
import { BanCentreButton, SettingsButton } from './GoToButtons'
import { localeName } from './locale-name'
import { templateStatusKey } from './template-status'
import { fillProblemText } from './TemplateFillProblems'

interface Props {
  /** What could not be done, e.g. "The campaign cannot be started". */
  title: string
  error: unknown
  /** More ways out beside the fix, e.g. "Try again". */
  children?: ReactNode
}

/**
 * Why the core refused a call that asks Meta first (loading templates, starting or resuming a
 * campaign), in words, with a way to where it can be fixed: the number's settings or the ban centre.
 */
export function RefusalAlert({ title, error, children }: Props) {
  const fix = errorFix(error)
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={title}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        {error instanceof ApiCallError && error.code === 'template_unavailable' ? (
          <TemplateUnavailable error={error} />
        ) : error instanceof ApiCallError && error.code === 'template_unfillable' ? (
          <TemplateUnfillable error={error} />
        ) : (
          <CloudErrorText error={error} />
        )}
        {(fix !== null || children !== undefined) && (
          <Group gap="xs">
            {fix === 'settings' && <SettingsButton />}
            {fix === 'banCentre' && <BanCentreButton />}
            {children}
          </Group>
        )}
      </Stack>
    </Alert>
  )
}

/** The template Rupor cannot fill, and the first thing it cannot fill, in one sentence. */
function TemplateUnfillable({ error }: { error: ApiCallError }) {
  const { t } = useTranslation()
  return (
    <Text fz="sm">
      {t('campaigns.composer.cloud.fill.refused', {
        name: String(error.details.name ?? ''),
        reason: fillProblemText({ ...error.details, problem: String(error.details.problem) }, t),
      })}
    </Text>
  )
}

/** The template Meta will not send now, and what its status means, in one sentence. */
function TemplateUnavailable({ error }: { error: ApiCallError }) {
  const { t, i18n } = useTranslation()
  const name = String(error.details.name ?? '')
  const status = String(error.details.status ?? '')
  return (
    <Text fz="sm">
      {status === 'MISSING'
        ? t('campaigns.composer.cloud.chosenMissing', {
            name,
            language: localeName(String(error.details.language ?? ''), i18n.language),
          })
        : t('campaigns.composer.cloud.chosenUnavailable', {
            name,
            reason: t(`campaigns.template.statusReason.${templateStatusKey(status)}`),
          })}
    </Text>
  )
}
