import { Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignTemplate } from '../../../../shared/cloud-api'
import type { ListSummary } from '../../../../shared/lists'
import type { RiskDraft } from '../../../../shared/risk'
import type { Sender } from '../../../../shared/senders'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { daysSummary } from '../senders/week'
import { AssistedPlan } from './AssistedPlan'
import { StartWho } from './StartWho'
import { RefusalAlert } from './RefusalAlert'

interface Props {
  name: string
  sender: Sender
  /** The lists it goes to, one after another (at least one). */
  lists: readonly ListSummary[]
  /** Cloud API: the template that goes out; null on the assisted channel. */
  template: CampaignTemplate | null
  /** The campaign as the composer has it, for the assisted plan (how many presses, how long). */
  draft?: RiskDraft | null
  /** Rejects with the core's error, which is shown in the modal with what to do about it. */
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** "Start it?" with who gets it, at what pace, and what the owner will be asked to do. */
export function StartModal({
  name,
  sender,
  lists,
  template,
  draft = null,
  onConfirm,
  onClose,
}: Props) {
  const { t, i18n } = useTranslation()
  const { busy, error, run } = useAsyncAction()
  const confirm = () =>
    run(async () => {
      await onConfirm()
      onClose()
    })

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('campaigns.startModal.title', { name })}
      styles={{ title: { fontWeight: 700 } }}
    >
      <Stack gap="md">
        <Stack gap="xs">
          <StartWho lists={lists} />
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
            {template === null
              ? t('campaigns.startModal.assisted')
              : t('campaigns.startModal.cloud', { template: template.name })}
          </Text>
        </Stack>
        {/* Cloud API sends by itself: only the assisted channel asks the owner's time. */}
        {sender.channel === 'assisted' && draft !== null && (
          <AssistedPlan draft={draft} sender={sender} />
        )}
        {busy && template !== null && (
          <Text fz="sm" c="dimmed" role="status">
            {t('campaigns.startModal.checking')}
          </Text>
        )}
        {error !== undefined && (
          <RefusalAlert title={t('campaigns.startModal.refused')} error={error} />
        )}
        <ModalActions
          cancelLabel={t('campaigns.startModal.cancel')}
          onCancel={onClose}
          confirmLabel={t('campaigns.startModal.confirm')}
          busy={busy}
          onConfirm={() => void confirm()}
          focusCancel
          gap="sm"
        />
      </Stack>
    </Modal>
  )
}
