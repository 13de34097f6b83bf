import { Box, Group, Loader, SemiCircleProgress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RiskAssessment } from '../../../../shared/risk'
import { levelColors, levelTextColors } from './risk-text'

interface Props {
  assessment: Pick<RiskAssessment, 'level' | 'score' | 'factors'> &
    Partial<Pick<RiskAssessment, 'way'>>
  /** Whose risk it is: a campaign's (a draft or a saved one) or a number's own. */
  subject?: 'campaign' | 'sender'
  /** Small: on a sender's card, without the line naming the main factor. */
  size?: 'md' | 'sm'
  /** A newer answer is being asked; this one stays on screen meanwhile. */
  updating?: boolean
}

/**
 * "Risk of a ban: high" over a half dial of the score 0–100 in the level's colour, with what the
 * level means and, large, the factor that weighs the most.
 */
export function RiskGauge({
  assessment,
  subject = 'campaign',
  size = 'md',
  updating = false,
}: Props) {
  const { t } = useTranslation()
  const { level, score } = assessment
  const levelWord = t(`risk.level.${level}`)
  // A plan Rupor will not send has no score worth reading: "0 of 100" would read as safe.
  const blocked = level === 'blocked'
  const scoreText = t('risk.score', { score })
  const top = assessment.factors[0]
  const large = size === 'md'
  return (
    <Stack gap={large ? 'xs' : 4}>
      <Group gap={6} wrap="nowrap">
        <Text fw={700} fz={large ? 'lg' : 'md'} c={levelTextColors[level]}>
          {t('risk.gauge', { level: levelWord })}
        </Text>
        {updating && <Loader size={12} aria-label={t('risk.updating')} />}
      </Group>
      {/* The words beside the dial, or under it where the column is too narrow for both. */}
      <Group gap="md" wrap="wrap" align="center">
        <Box
          role="meter"
          aria-label={t('risk.title')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={blocked ? 0 : score}
          aria-valuetext={blocked ? levelWord : `${levelWord}, ${scoreText}`}
          style={{ flexShrink: 0 }}
        >
          <SemiCircleProgress
            value={blocked ? 0 : score}
            size={large ? 128 : 96}
            thickness={large ? 13 : 10}
            filledSegmentColor={levelColors[level]}
            transitionDuration={300}
            label={
              <Text component="span" fw={700} fz={large ? 26 : 20} lh={1} aria-hidden>
                {blocked ? '—' : score}
              </Text>
            }
          />
        </Box>
        <Stack gap={2} style={{ flex: '1 1 170px', minWidth: 0 }}>
          {!blocked && (
            <Text fz="xs" c="dimmed">
              {scoreText}
            </Text>
          )}
          <Text fz="sm">
            {subject === 'sender'
              ? t(`risk.senderSummary.${level}`)
              : assessment.way === 'phone_broadcast'
                ? t(`risk.phoneSummary.${level}`)
                : t(`risk.summary.${level}`)}
          </Text>
          {large && top && (
            <Text fz="xs" c="dimmed">
              {t('risk.mainFactor', { factor: t(`risk.factor.${top.key}`) })}
            </Text>
          )}
        </Stack>
      </Group>
    </Stack>
  )
}
