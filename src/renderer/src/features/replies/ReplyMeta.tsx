import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../../shared/replies'
import { formatPhone } from '../contacts/phone-format'

/**
 * The head of a reply wherever it is listed: who wrote it or which campaign it answers, and when.
 * `who` and `campaign` are a table cell's two lines (the other one is the table's context: the
 * campaign's page or the person's card); `all` is a review card's line, with the number, the
 * campaign and the sending number as well.
 */
export function ReplyMeta({ reply, show }: { reply: Reply; show: 'who' | 'campaign' | 'all' }) {
  const { t, i18n } = useTranslation()
  const when = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(reply.at)
  const campaign = reply.campaignName ?? t('replies.list.noCampaign')
  const name = reply.contactName?.trim()

  if (show === 'all') {
    return (
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fz="sm">
          <Text span fw={600}>
            {name || t('replies.list.unknownPerson')}
          </Text>{' '}
          <Text span c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatPhone(reply.e164)}
          </Text>
        </Text>
        <Text fz="xs" c="dimmed">
          {when} · {campaign} · {t('replies.list.via', { sender: reply.senderLabel })}
        </Text>
      </Group>
    )
  }
  return (
    <>
      <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {show === 'who' ? name || formatPhone(reply.e164) : campaign}
      </Text>
      <Text fz="xs" c="dimmed">
        {when}
      </Text>
    </>
  )
}
