import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconHandStop, IconUser, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { WithdrawnTask } from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import { useKeyedAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { formatPhone } from '../contacts/phone-format'
import { ChatBackdrop, MessageBubble } from './MessageBubble'

/**
 * A task withdrawn while open: its number opted out (or the person may no longer be messaged).
 * No chat to open; the owner only says whether they had already pressed Send.
 */
export function WithdrawnTaskCard({
  task,
  onAnswered,
}: {
  task: WithdrawnTask
  onAnswered: () => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { busy, error, run } = useKeyedAction<'sent' | 'skipped'>()

  const answer = (outcome: 'sent' | 'skipped') =>
    run(outcome, async () => {
      await api.call('campaigns.confirm', { itemId: task.itemId, outcome })
      notifications.show({
        color: outcome === 'sent' ? 'orange' : 'gray',
        message: t(`campaigns.task.withdrawn.answered.${outcome === 'sent' ? 'sent' : 'notSent'}`),
      })
      onAnswered()
    })

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      style={{ borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 }}
      role="region"
      aria-label={t('campaigns.task.withdrawn.title')}
    >
      <Stack gap="md">
        <Alert
          color="red"
          variant="light"
          icon={<IconHandStop size={20} />}
          title={t(`campaigns.task.withdrawn.${task.withdrawnBecause}`)}
        >
          {t('campaigns.task.withdrawn.hint')}
        </Alert>
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={40} radius="xl" variant="light" color="gray">
            <IconUser size={22} />
          </ThemeIcon>
          <div>
            <Text fw={700} fz="lg">
              {task.name === '' ? t('contacts.noName') : task.name}
            </Text>
            <Text fz="sm">{formatPhone(task.e164)}</Text>
          </div>
        </Group>
        <ChatBackdrop>
          <MessageBubble text={task.text} />
        </ChatBackdrop>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Button
            color="orange"
            variant="light"
            leftSection={<IconCheck size={18} />}
            loading={busy === 'sent'}
            disabled={busy === 'skipped'}
            onClick={() => void answer('sent')}
          >
            {t('campaigns.task.withdrawn.alreadySent')}
          </Button>
          <Button
            color="gray"
            variant="filled"
            leftSection={<IconX size={18} />}
            loading={busy === 'skipped'}
            disabled={busy === 'sent'}
            onClick={() => void answer('skipped')}
          >
            {t('campaigns.task.withdrawn.notSent')}
          </Button>
        </SimpleGrid>
        {error !== undefined && (
          <Alert color="red" variant="light" title={t('campaigns.failed')}>
            {errorMessage(error, t)}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
