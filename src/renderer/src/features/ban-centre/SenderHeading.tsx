import { Group, Text, ThemeIcon, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { formatPhone } from '../contacts/phone-format'

interface Props {
  sender: Sender
  icon: ReactNode
  color: string
  /** Under the number: since when it is blocked, or that it may send. */
  status: ReactNode
}

/** A number's card top: its icon, name, phone and channel, and its state in a line. */
export function SenderHeading({ sender, icon, color, status }: Props) {
  const { t } = useTranslation()
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon color={color} variant="light" size={40} radius="md">
        {icon}
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
  )
}
