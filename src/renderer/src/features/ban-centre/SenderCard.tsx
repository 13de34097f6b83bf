import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconBan, IconShieldCheck } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { formatPhone } from '../contacts/phone-format'

interface Props {
  sender: Sender
  /** Blocked: a red ban mark, and the report button updates the block rather than reports one. */
  blocked: boolean
  /** Under the number: since when it is blocked, or that it may send. */
  status: ReactNode
  /** The owner's "WhatsApp blocked my number". */
  onReport: () => void
  children: ReactNode
}

/**
 * A number's card in the ban centre: its mark, name, phone and channel, its state in a line, and
 * the button to report a block; what else there is to say about it below.
 */
export function SenderCard({ sender, blocked, status, onReport, children }: Props) {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="md" p="lg" role="region" aria-label={sender.label}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon color={blocked ? 'red' : 'teal'} variant="light" size={40} radius="md">
              {blocked ? <IconBan size={22} /> : <IconShieldCheck size={22} />}
            </ThemeIcon>
            <div style={{ minWidth: 0 }}>
              <Title order={2} size="h4" style={{ wordBreak: 'break-word' }}>
                {sender.label}
              </Title>
              <Text fz="sm" c="dimmed">
                {formatPhone(sender.phone)} · {t(`senders.channelBadge.${sender.channel}`)}
              </Text>
              {status}
            </div>
          </Group>
          <Button
            variant={blocked ? 'default' : 'light'}
            color={blocked ? undefined : 'red'}
            leftSection={<IconBan size={16} />}
            onClick={onReport}
          >
            {blocked ? t('banCentre.report.again') : t('banCentre.report.button')}
          </Button>
        </Group>
        {children}
      </Stack>
    </Paper>
  )
}
