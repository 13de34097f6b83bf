import { Alert, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconBan, IconCircleCheck, IconHandStop } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatPhone } from '../contacts/phone-format'
import { metaWords } from '../../../../shared/cloud-errors'
import { adviceFor, happenedKey, type BlockedSender } from './block-advice'

const steps = ['step1', 'step2', 'step3'] as const

interface Props {
  sender: BlockedSender
  onLift: () => void
}

/** One blocked number: what happened (in words, then Meta's own), what stopped, what to do. */
export function BlockedSenderCard({ sender, onLift }: Props) {
  const { t, i18n } = useTranslation()
  const { block } = sender
  const when = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(at)
  const advice = adviceFor(block.reason)
  const message = metaWords(block)

  return (
    <Paper withBorder radius="md" p="lg" role="region" aria-label={sender.label}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon color="red" variant="light" size={40} radius="md">
            <IconBan size={22} />
          </ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Title order={2} size="h4" style={{ wordBreak: 'break-word' }}>
              {sender.label}
            </Title>
            <Text fz="sm" c="dimmed">
              {formatPhone(sender.phone)} · {t(`senders.channelBadge.${sender.channel}`)}
            </Text>
            <Text fz="sm" fw={500} c="red.8">
              {t('banCentre.card.since', { when: when(block.at) })}
            </Text>
          </div>
        </Group>

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
          {block.until !== null && (
            <Text fz="sm" fw={500}>
              {t('banCentre.card.until', { when: when(block.until) })}
            </Text>
          )}
          <Alert color="red" variant="light" p="xs" mt={4} icon={<IconHandStop size={18} />}>
            <Text fz="sm" fw={500}>
              {t('banCentre.card.stopped')}
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

        <Group>
          <Button variant="light" leftSection={<IconCircleCheck size={16} />} onClick={onLift}>
            {t('banCentre.card.lift')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
