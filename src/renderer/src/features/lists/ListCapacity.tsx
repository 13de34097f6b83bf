import { Alert, Group, Paper, Progress, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { listCapacity, listMinimum, type ListSummary } from '../../../../shared/lists'
import { ConsentFixPrompt } from '../consent/ConsentFixPrompt'
import { ConsentMarkModal } from '../consent/ConsentMarkModal'
import { ReasonLines } from './ExclusionSummary'
import { excludedTotal } from './reason-summary'

/**
 * The list's fill against WhatsApp's cap, always in sight, with who will and will not get it, and
 * for people counted out for lack of consent the way to record it.
 */
export function ListCapacity({ list }: { list: ListSummary }) {
  const { t } = useTranslation()
  const excluded = excludedTotal(list.excluded)
  const full = list.size >= listCapacity
  const noConsent = list.excluded.no_consent ?? 0
  const [marking, setMarking] = useState(false)
  return (
    <Stack gap="xs">
      <Paper withBorder radius="md" px="md" py="sm">
        <Group gap="xl" wrap="wrap" align="center">
          <Stack gap={4} style={{ flex: '1 1 220px' }}>
            <Group gap="xs" align="baseline" wrap="nowrap">
              <Text fz="xl" fw={700} data-testid="list-capacity" style={{ whiteSpace: 'nowrap' }}>
                {t('lists.capacity', { size: list.size, limit: listCapacity })}
              </Text>
              <Text fz="sm" c="dimmed">
                {t('lists.capacityLabel')}
              </Text>
            </Group>
            <Progress
              value={Math.min(100, (list.size / listCapacity) * 100)}
              color={full ? 'orange' : 'teal'}
              size="md"
              radius="xl"
              aria-label={t('lists.capacityLabel')}
            />
          </Stack>
          <Stack gap={2} style={{ flex: '2 1 280px' }}>
            <Group gap="lg">
              <Text fz="sm" fw={600} c="teal.8">
                {t('lists.eligibleCount', { count: list.eligible })}
              </Text>
              <Text fz="sm" fw={600} c={excluded > 0 ? 'orange.8' : 'dimmed'}>
                {excluded > 0
                  ? t('lists.excludedCount', { count: excluded })
                  : t('lists.excludedNone')}
              </Text>
            </Group>
            <ReasonLines counts={list.excluded} />
            {noConsent > 0 && (
              <ConsentFixPrompt
                count={noConsent}
                onClick={() => {
                  setMarking(true)
                }}
              />
            )}
          </Stack>
        </Group>
      </Paper>
      {list.size < listMinimum && (
        <Alert color="orange" variant="light" py="xs" icon={<IconAlertTriangle size={18} />}>
          {t('lists.editor.tooFew', { minimum: listMinimum })}
        </Alert>
      )}
      {full && (
        <Alert color="blue" variant="light" py="xs" icon={<IconInfoCircle size={18} />}>
          {t('lists.editor.full', { limit: listCapacity })}
        </Alert>
      )}
      {marking && (
        <ConsentMarkModal
          target={{ listId: list.id }}
          count={noConsent}
          onClose={() => {
            setMarking(false)
          }}
        />
      )}
    </Stack>
  )
}
