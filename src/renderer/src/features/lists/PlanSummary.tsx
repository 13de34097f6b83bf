import { Alert, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconArrowsSplit } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { listCapacity, listMinimum, type ListPlan } from '../../../../shared/lists'
import { errorMessage } from '../../i18n/error-message'
import { ConsentFixPrompt } from '../consent/ConsentFixPrompt'
import { splitPreview } from './list-names'
import { excludedTotal } from './reason-summary'
import { ReasonLines } from './ExclusionSummary'
import type { PlanView } from './use-list-plan'

interface Props {
  view: PlanView
  /** The name the lists would get, for the split's preview. */
  name: string
  onlyEligible: boolean
  /** Offered beside «Нет согласия: N»: mark consent for them, after asking where and when. */
  onMarkConsent?: () => void
}

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700} c={color} aria-label={`${label}: ${value}`}>
        {value}
      </Text>
    </div>
  )
}

/** The live count: who matches, who may be messaged, who not and why, and how it would split. */
export function PlanSummary({ view, name, onlyEligible, onMarkConsent }: Props) {
  const { t } = useTranslation()
  const { plan, planning, error } = view
  if (!planning && error !== undefined)
    return (
      <Alert color="red" variant="light" title={t('lists.builder.planFailed')}>
        {errorMessage(error, t)}
      </Alert>
    )
  if (plan === undefined)
    return (
      <Group gap="xs" c="dimmed">
        <Loader size="xs" />
        <Text fz="sm">{t('lists.builder.planning')}</Text>
      </Group>
    )
  return (
    <Stack gap="sm" aria-live="polite" aria-busy={planning} style={{ opacity: planning ? 0.6 : 1 }}>
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <SimpleGrid cols={onlyEligible ? 3 : 4} spacing="md">
            <Stat label={t('lists.builder.selected')} value={plan.selected} />
            <Stat label={t('lists.builder.eligible')} value={plan.eligible} color="teal.8" />
            <Stat
              label={t('lists.builder.excluded')}
              value={excludedTotal(plan.excluded)}
              color={excludedTotal(plan.excluded) > 0 ? 'orange.8' : undefined}
            />
            {!onlyEligible && <Stat label={t('lists.builder.placed')} value={plan.placed} />}
          </SimpleGrid>
          <ReasonLines counts={plan.excluded} />
          {onMarkConsent !== undefined && (plan.excluded.no_consent ?? 0) > 0 && (
            <ConsentFixPrompt count={plan.excluded.no_consent ?? 0} onClick={onMarkConsent} />
          )}
        </Stack>
      </Paper>
      <PlanAdvice plan={plan} name={name} />
    </Stack>
  )
}

function PlanAdvice({ plan, name }: { plan: ListPlan; name: string }) {
  const { t } = useTranslation()
  if (plan.selected === 0)
    return (
      <Text fz="sm" c="dimmed">
        {t('lists.builder.nobody')}
      </Text>
    )
  if (plan.placed < listMinimum)
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
        {t('lists.builder.tooFew', { minimum: listMinimum })}
      </Alert>
    )
  if (plan.parts.length <= 1) return null
  const preview = splitPreview(name.trim() === '' ? '…' : name, plan.parts)
  return (
    <Alert color="blue" variant="light" icon={<IconArrowsSplit size={18} />}>
      <Stack gap={6}>
        <Text fz="sm">
          {t('lists.builder.split', {
            limit: listCapacity,
            lists: t('lists.listCount', { count: plan.parts.length }),
            sizes: plan.parts.join(', '),
          })}
        </Text>
        <Stack gap={2} component="ul" m={0} pl="md">
          {preview.map((part) => (
            <Text key={part.name} component="li" fz="sm">
              <Text span fw={600} fz="sm">
                {part.name}
              </Text>{' '}
              — {t('lists.people', { count: part.size })}
            </Text>
          ))}
        </Stack>
      </Stack>
    </Alert>
  )
}
