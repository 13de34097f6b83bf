import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ListSummary } from '../../../../shared/lists'
import type { Sender } from '../../../../shared/senders'
import { ConfirmModal } from '../../components/ConfirmModal'
import { daysSummary } from '../senders/week'

interface Props {
  name: string
  sender: Sender
  list: ListSummary
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** "Start it?" with who gets it, at what pace, and what the owner will be asked to do. */
export function StartModal({ name, sender, list, onConfirm, onClose }: Props) {
  const { t, i18n } = useTranslation()
  return (
    <ConfirmModal
      title={t('campaigns.startModal.title', { name })}
      confirm={t('campaigns.startModal.confirm')}
      cancel={t('campaigns.startModal.cancel')}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Stack gap="xs">
        <Text fz="sm">
          {t('campaigns.startModal.who', {
            people: t('lists.people', { count: list.eligible }),
            list: list.name,
          })}
        </Text>
        <Text fz="sm">
          {t('campaigns.startModal.pace', {
            min: sender.limits.gapMinSeconds,
            max: sender.limits.gapMaxSeconds,
            days: daysSummary(sender.window.days, i18n.language, t('campaigns.weekday.everyDay')),
            start: sender.window.start,
            end: sender.window.end,
          })}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('campaigns.startModal.assisted')}
        </Text>
      </Stack>
    </ConfirmModal>
  )
}
