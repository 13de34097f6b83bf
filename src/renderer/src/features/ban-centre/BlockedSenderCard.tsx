import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconHandStop } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { metaWords } from '../../../../shared/cloud-errors'
import { AppealText } from './AppealText'
import { adviceFor, happenedKey, type BlockedSender } from './block-advice'
import { BlockCauses } from './BlockCauses'
import { BlockHistory } from './BlockHistory'
import { SenderCard } from './SenderCard'
import { TemporaryBlockNote } from './TemporaryBlockNote'
import { useBlockReport } from './use-block-report'

const steps = ['step1', 'step2', 'step3'] as const

interface Props {
  sender: BlockedSender
  now: number
  onLift: () => void
  onReport: () => void
}

/**
 * One blocked number: what happened (in words, then Meta's own), what stopped, what to do — wait
 * out a temporary block, appeal a permanent one with a ready text —, what likely caused it, and
 * the blocks before.
 */
export function BlockedSenderCard({ sender, now, onLift, onReport }: Props) {
  const { t, i18n } = useTranslation()
  const { block } = sender
  const report = useBlockReport(sender.id)
  const ready = report.state.status === 'ready' ? report.state.value : undefined
  const when = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(at)
  const advice = adviceFor(block.reason)
  const message = metaWords(block)
  // The current block is told above; the history lists the ones before it.
  const past = ready?.history.filter((record) => record.id !== ready.current?.id) ?? []

  return (
    <SenderCard
      sender={sender}
      blocked
      status={
        <Text fz="sm" fw={500} c="red.8">
          {t('banCentre.card.since', { when: when(block.at) })}
        </Text>
      }
      onReport={onReport}
    >
      <Stack gap={6}>
        <Title order={3} size="h5">
          {t('banCentre.card.happened')}
        </Title>
        <Text fz="sm">{t(happenedKey(block.reason))}</Text>
        {message !== '' && (
          <Text fz="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
            {block.code === null
              ? t('banCentre.card.metaSaidNoCode', { message })
              : t('banCentre.card.metaSaid', { code: block.code, message })}
          </Text>
        )}
        {advice === 'temporary' ? (
          <TemporaryBlockNote
            sender={sender}
            block={block}
            warmUpFrom={ready?.warmUpFrom ?? sender.warmUpFrom}
            now={now}
          />
        ) : (
          block.until !== null && (
            <Text fz="sm" fw={500}>
              {t('banCentre.card.until', { when: when(block.until) })}
            </Text>
          )
        )}
        <Alert color="red" variant="light" p="xs" mt={4} icon={<IconHandStop size={18} />}>
          <Text fz="sm" fw={500}>
            {advice === 'temporary'
              ? t('banCentre.temporary.stopped')
              : t('banCentre.card.stopped')}
          </Text>
        </Alert>
      </Stack>

      <Stack gap={6}>
        <Title order={3} size="h5">
          {t('banCentre.card.whatToDo')}
        </Title>
        <List type="ordered" size="sm" spacing={6}>
          {steps.map((step) => (
            <List.Item key={step}>{t(`banCentre.advice.${advice}.${step}`)}</List.Item>
          ))}
        </List>
      </Stack>

      {advice === 'permanent' && <AppealText phone={sender.phone} />}

      {ready && (
        <BlockCauses
          causes={ready.causes}
          at={block.at}
          template={sender.channel === 'cloud_api'}
        />
      )}

      <BlockHistory label={sender.label} records={past} now={now} />

      <Group>
        {advice === 'temporary' ? (
          // It ends by itself; lifting is only for a report made by mistake.
          <Button variant="subtle" size="xs" color="gray" onClick={onLift}>
            {t('banCentre.temporary.mistaken')}
          </Button>
        ) : (
          <Button variant="light" leftSection={<IconCircleCheck size={16} />} onClick={onLift}>
            {t('banCentre.card.lift')}
          </Button>
        )}
      </Group>
    </SenderCard>
  )
}
