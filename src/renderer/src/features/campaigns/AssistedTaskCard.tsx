import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  IconBrandWhatsapp,
  IconCheck,
  IconHandStop,
  IconPhoneOff,
  IconPlayerSkipForward,
  IconUser,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useShellKind } from '../../app/shell-kind'
import type { AssistedOutcome, AssistedTask } from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import { SectionHeading } from '../../components/SectionHeading'
import { useKeyedAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { formatPhone } from '../contacts/phone-format'
import { ChatBackdrop, MessageBubble } from './MessageBubble'

const answers: {
  outcome: AssistedOutcome
  key: 'sent' | 'skip' | 'wrongNumber' | 'askedToStop'
  color: string
  icon: typeof IconCheck
}[] = [
  { outcome: 'sent', key: 'sent', color: 'teal', icon: IconCheck },
  { outcome: 'skipped', key: 'skip', color: 'gray', icon: IconPlayerSkipForward },
  { outcome: 'wrong_number', key: 'wrongNumber', color: 'orange', icon: IconPhoneOff },
  { outcome: 'asked_to_stop', key: 'askedToStop', color: 'red', icon: IconHandStop },
]

interface Props {
  task: AssistedTask
  /** After an answer: read the campaign again. */
  onAnswered: () => void
}

/** The person the owner is asked to message now, and the four answers. */
export function AssistedTaskCard({ task, onAnswered }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const shellKind = useShellKind()
  const { busy, error, run } = useKeyedAction<AssistedOutcome | 'reopen'>()

  const answer = (outcome: AssistedOutcome) =>
    run(outcome, async () => {
      await api.call('campaigns.confirm', { itemId: task.itemId, outcome })
      notifications.show({
        color: outcome === 'sent' ? 'teal' : 'gray',
        message: t(`campaigns.task.answered.${outcome}`),
      })
      onAnswered()
    })

  const reopen = () =>
    run('reopen', async () => {
      await api.call('campaigns.reopenChat', { id: task.campaignId })
      notifications.show({ color: 'teal', message: t('campaigns.task.reopened') })
    })

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      style={{ borderColor: 'var(--mantine-color-orange-5)', borderWidth: 2 }}
      role="region"
      aria-label={t('campaigns.task.title')}
    >
      <Stack gap="md">
        <SectionHeading title={t('campaigns.task.title')} hint={t('campaigns.task.hint')} />
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={40} radius="xl" variant="light">
            <IconUser size={22} />
          </ThemeIcon>
          <div>
            <Text fw={700} fz="lg">
              {task.name === '' ? t('contacts.noName') : task.name}
            </Text>
            <Text fz="sm">{formatPhone(task.e164)}</Text>
          </div>
          {shellKind === 'browser' ? (
            // In a browser the page opens the chat itself: the core cannot reach this screen.
            <Button
              ml="auto"
              variant="light"
              color="green"
              leftSection={<IconBrandWhatsapp size={18} />}
              component="a"
              href={task.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('campaigns.task.reopen')}
            </Button>
          ) : (
            <Button
              ml="auto"
              variant="light"
              color="green"
              leftSection={<IconBrandWhatsapp size={18} />}
              loading={busy === 'reopen'}
              onClick={() => void reopen()}
            >
              {t('campaigns.task.reopen')}
            </Button>
          )}
        </Group>
        <ChatBackdrop>
          <MessageBubble text={task.text} />
        </ChatBackdrop>
        {/* Four in a row only on a wide window: at 1 024 px the Russian labels do not fit in four. */}
        <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm">
          {answers.map(({ outcome, key, color, icon: Icon }) => (
            <Button
              key={outcome}
              color={color}
              variant={outcome === 'sent' ? 'filled' : 'light'}
              leftSection={<Icon size={18} />}
              loading={busy === outcome}
              disabled={busy !== undefined && busy !== outcome}
              onClick={() => void answer(outcome)}
            >
              {t(`campaigns.task.${key}`)}
            </Button>
          ))}
        </SimpleGrid>
        <Text fz="xs" c="dimmed">
          {t('campaigns.task.askedToStopHint')}
        </Text>
        {error !== undefined && (
          <Alert color="red" variant="light" title={t('campaigns.failed')}>
            {errorMessage(error, t)}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
