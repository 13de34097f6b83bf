import { Box, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ListMessageRefusal } from '../../../../shared/phone-lists'
import type { Refusal, RiskFactor, RiskFix } from '../../../../shared/risk'
import { RefusalsAlert } from './RefusalsAlert'
import { RiskFactorRow } from './RiskFactorRow'

interface Props {
  /** Largest first, as the meter gives them. */
  factors: readonly RiskFactor[]
  /** Why Rupor will not send at all: shown first, as a red alert. */
  refusals?: readonly Refusal[]
  /** A phone broadcast: why the list message may not go now (shown first too). */
  listMessageRefusals?: readonly ListMessageRefusal[]
  /** The moment the factors were measured: "today" and "tomorrow" in the fixes count from it. */
  at: number
  /** Given: the fixes this says yes to are buttons that apply them; the rest stay advice. */
  onFix?: (fix: RiskFix) => void
  canApply?: (fix: RiskFix) => boolean
  /** The fix being applied now. */
  applying?: RiskFix['kind']
  /** The campaign sends a Cloud API template: its text's fixes read as choosing another one. */
  template?: boolean
}

/**
 * What raises the risk: the refusals first, then each factor with its measured value, its part of
 * the score and its fix. Without `onFix` it only explains (the ban centre's likely causes).
 */
export function RiskFactorList({
  factors,
  refusals = [],
  listMessageRefusals = [],
  at,
  onFix,
  canApply = () => true,
  applying,
  template = false,
}: Props) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      {refusals.length > 0 && <RefusalsAlert kind="send" refusals={refusals} now={at} />}
      {listMessageRefusals.length > 0 && (
        <RefusalsAlert kind="listMessage" refusals={listMessageRefusals} now={at} />
      )}
      {factors.length === 0 && refusals.length === 0 && listMessageRefusals.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t('risk.noFactors')}
        </Text>
      )}
      {factors.length > 0 && (
        <Stack gap="sm" role="list" aria-label={t('risk.factorsLabel')}>
          {factors.map((factor, index) => (
            <Box
              key={factor.key}
              role="listitem"
              aria-label={t(`risk.factor.${factor.key}`)}
              // A thin rule between factors; the first sits right under the gauge.
              pt={index > 0 ? 'sm' : 0}
              style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
            >
              <RiskFactorRow
                factor={factor}
                now={at}
                onFix={factor.fix !== null && onFix && canApply(factor.fix) ? onFix : undefined}
                applying={applying !== undefined && applying === factor.fix?.kind}
                disabled={applying !== undefined}
                template={template}
              />
            </Box>
          ))}
        </Stack>
      )}
    </Stack>
  )
}
