import { Button, Group, Progress, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconBulb, IconWand } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RiskFactor, RiskFix } from '../../../../shared/risk'
import { fixText, measureText } from './risk-text'

interface Props {
  factor: RiskFactor
  /** The moment "today" and "tomorrow" count from (the assessment's). */
  now: number
  /** Given: the fix is a button that applies it. */
  onFix?: (fix: RiskFix) => void
  /** The fix being applied now: its button spins, the others wait. */
  applying: boolean
  disabled: boolean
  /** The campaign sends a Cloud API template: its text's fixes read as choosing another one. */
  template: boolean
}

/** One factor: its name, what was measured, its part of the score, and what to do about it. */
export function RiskFactorRow({ factor, now, onFix, applying, disabled, template }: Props) {
  const { t, i18n } = useTranslation()
  const wording = { t, language: i18n.language }
  const name = t(`risk.factor.${factor.key}`)
  // Tenths below 10, as the meter adds them up: +0.5 is not +1.
  const points =
    factor.points < 10 ? Math.round(factor.points * 10) / 10 : Math.round(factor.points)
  const { fix } = factor
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fz="sm" fw={600}>
            {name}
          </Text>
          <Text fz="xs" c="dimmed">
            {measureText(factor, wording)}
          </Text>
        </Stack>
        <Text
          fz="sm"
          fw={700}
          c="red.7"
          style={{ whiteSpace: 'nowrap' }}
          title={t('risk.pointsLabel', { points })}
        >
          {t('risk.points', { points })}
        </Text>
      </Group>
      <Progress
        // Its points on the gauge's own 0–100 scale: a bar as long as what it adds to the dial.
        value={Math.min(100, factor.points)}
        size={4}
        color="red.4"
        aria-label={t('risk.pointsLabel', { points })}
      />
      {fix !== null &&
        (onFix ? (
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconWand size={14} />}
            loading={applying}
            disabled={disabled}
            onClick={() => {
              onFix(fix)
            }}
            // A long fix wraps inside its button instead of running out of the narrow column.
            styles={{
              root: { alignSelf: 'flex-start', height: 'auto', minHeight: 26 },
              label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.35, paddingBlock: 4 },
            }}
          >
            {fixText(fix, now, wording, template)}
          </Button>
        ) : (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <ThemeIcon variant="transparent" color="yellow.8" size={18}>
              <IconBulb size={16} />
            </ThemeIcon>
            <Text fz="sm">{fixText(fix, now, wording, template)}</Text>
          </Group>
        ))}
    </Stack>
  )
}
