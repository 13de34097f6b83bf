import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignTemplate } from '../../../../shared/cloud-api'
import type { ListSummary } from '../../../../shared/lists'
import type { Sender } from '../../../../shared/senders'
import { useAsyncAction } from '../../components/use-async-action'
import { daysSummary } from '../senders/week'
import { StartRefusal } from './StartRefusal'

interface Props {
  name: string
  sender: Sender
  list: ListSummary
  /** Cloud API: the template that goes out; null on the assisted channel. */
  template: CampaignTemplate | null
  /** Rejects with the core's error, which is shown in the modal with what to do about it. */
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** "Start it?" with who gets it, at what pace, and what the owner will be asked to do. */
export function StartModal({ name, sender, list, template, onConfirm, onClose }: Props) {
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
            {template === null
              ? t('campaigns.startModal.assisted')
              : t('campaigns.startModal.cloud', { template: template.name })}
          </Text>
        </Stack>
        {error !== undefined && <StartRefusal error={error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('campaigns.startModal.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void confirm()}>
            {t('campaigns.startModal.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
