import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RiskFactor } from '../../../../shared/risk'
import { RiskFactorList } from '../risk/RiskFactorList'

interface Props {
  causes: readonly RiskFactor[]
  /** The moment of the block: what the meter measured then. */
  at: number
  /** A Cloud API number: its campaigns sent templates. */
  template: boolean
}

/** What in the number's campaigns before the block likely caused it, the weightiest first. */
export function BlockCauses({ causes, at, template }: Props) {
  const { t } = useTranslation()
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {t('banCentre.causes.title')}
      </Title>
      {causes.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('banCentre.causes.none')}
        </Text>
      ) : (
        <>
          <Text fz="xs" c="dimmed">
            {t('banCentre.causes.hint')}
          </Text>
          <RiskFactorList factors={causes} at={at} template={template} />
        </>
      )}
    </Stack>
  )
}
