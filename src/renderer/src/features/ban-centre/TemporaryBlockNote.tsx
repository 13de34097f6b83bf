import { List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SenderBlock } from '../../../../shared/cloud-errors'
import type { Sender } from '../../../../shared/senders'
import { dayWords, timeLeftWords, warmUpRestartDay } from './block-timing'

interface Props {
  sender: Sender
  block: SenderBlock
  /** The core's warm-up day (BlockReport.warmUpFrom, or the sender's own). */
  warmUpFrom: string
  now: number
}

/**
 * A temporary block the owner reported: when it ends (and how soon), that the warm-up starts
 * over afterwards, and that the paused campaigns wait for the owner.
 */
export function TemporaryBlockNote({ sender, block, warmUpFrom, now }: Props) {
  const { t, i18n } = useTranslation()
  const when = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(at)
  const left = block.until === null ? null : timeLeftWords(block.until, now, i18n.language)
  const firstAllowance = Math.min(
    sender.warmUp[0]?.newChatsPerDay ?? sender.limits.newChatsPerDay,
    sender.limits.newChatsPerDay,
  )
  const restart = dayWords(
    warmUpRestartDay(warmUpFrom, block.until, sender.timeZone),
    i18n.language,
  )
  return (
    <>
      {block.until !== null && (
        <Text fz="md" fw={600} c="red.8">
          {left === null
            ? t('banCentre.temporary.endsSoon')
            : t('banCentre.temporary.ends', { when: when(block.until), left })}
        </Text>
      )}
      <List size="sm" spacing={4}>
        <List.Item>
          {t('banCentre.temporary.warmUp', { date: restart, count: firstAllowance })}
        </List.Item>
        <List.Item>{t('banCentre.temporary.paused')}</List.Item>
      </List>
    </>
  )
}
