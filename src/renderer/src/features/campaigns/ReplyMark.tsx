import { Select, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  listMessageReplies,
  type CampaignItem,
  type ListMessageReply,
} from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'

const none = 'none'

/**
 * What a person answered a list message on the phone, marked by the owner. «Просит больше не
 * писать» puts the number on the opt-out list at once, and for good: it is shown, not a choice.
 */
export function ReplyMark({ item, onMarked }: { item: CampaignItem; onMarked: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState(false)
  if (item.state !== 'sent') return null
  if (item.reply === 'asked_to_stop')
    return (
      <Text fz="sm" c="red.8" title={t('phoneBroadcast.reply.forGood')}>
        {t('phoneBroadcast.reply.asked_to_stop')}
      </Text>
    )
  const name = item.name === '' ? item.e164 : item.name
  const mark = async (reply: ListMessageReply | null) => {
    setBusy(true)
    try {
      await api.call('campaigns.markReply', { itemId: item.id, reply })
      notifications.show({
        color: 'teal',
        message: t('phoneBroadcast.reply.saved', {
          name,
          reply: t(reply === null ? 'phoneBroadcast.reply.none' : `phoneBroadcast.reply.${reply}`),
        }),
      })
      onMarked()
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Select
      size="xs"
      w={220}
      aria-label={t('phoneBroadcast.reply.label', { name })}
      disabled={busy}
      data={[
        { value: none, label: t('phoneBroadcast.reply.none') },
        ...listMessageReplies.map((value) => ({
          value,
          label: t(`phoneBroadcast.reply.${value}`),
        })),
      ]}
      value={item.reply ?? none}
      allowDeselect={false}
      onChange={(value) => {
        const reply = listMessageReplies.find((entry) => entry === value) ?? null
        if (reply !== item.reply) void mark(reply)
      }}
    />
  )
}
