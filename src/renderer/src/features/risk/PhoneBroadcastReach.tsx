import { Group, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconAddressBook } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RiskAssessment } from '../../../../shared/risk'

/**
 * A phone broadcast: how many people the list message reaches, and how many it silently misses
 * because they did not save the shop's number — reach, not risk, so it is said apart from the score.
 */
export function PhoneBroadcastReach({ reach }: { reach: NonNullable<RiskAssessment['reach']> }) {
  const { t } = useTranslation()
  const people = (count: number) => t('risk.unit.people', { count })
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      role="status"
      aria-label={t('risk.reach.label')}
    >
      <ThemeIcon variant="light" color="gray" size={24} radius="xl">
        <IconAddressBook size={15} />
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1 }}>
        <Text fz="sm">{t('risk.reach.reached', { people: people(reach.reached) })}</Text>
        {reach.notOnPhone > 0 && (
          <Text fz="sm" c="dimmed">
            {t('risk.reach.notOnPhone', { people: people(reach.notOnPhone) })}
          </Text>
        )}
        {reach.missed > 0 && (
          <Text fz="sm" c="dimmed">
            {t('risk.reach.missed', { people: people(reach.missed) })}
          </Text>
        )}
      </Stack>
    </Group>
  )
}
