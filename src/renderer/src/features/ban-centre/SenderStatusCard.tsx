import { Alert, Text } from '@mantine/core'
import { IconFlame } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { localDate } from '../senders/sender-form'
import { BlockHistory } from './BlockHistory'
import { dayWords, warmingAgain } from './block-timing'
import { SenderCard } from './SenderCard'
import { useBlockReport } from './use-block-report'

interface Props {
  sender: Sender
  now: number
  onReport: () => void
}

/** A number that may send: its past blocks, a warm-up started over, and "it was blocked". */
export function SenderStatusCard({ sender, now, onReport }: Props) {
  const { t, i18n } = useTranslation()
  const report = useBlockReport(sender.id)
  const history = report.state.status === 'ready' ? report.state.value.history : []
  return (
    <SenderCard
      sender={sender}
      blocked={false}
      status={
        <Text fz="sm" fw={500} c="teal.8">
          {t('banCentre.numbers.canSend')}
        </Text>
      }
      onReport={onReport}
    >
      {warmingAgain(sender, localDate(new Date(now))) && (
        <Alert color="orange" variant="light" p="xs" icon={<IconFlame size={18} />}>
          <Text fz="sm">
            {t('banCentre.numbers.warmUpAgain', {
              date: dayWords(sender.warmUpFrom, i18n.language),
            })}
          </Text>
        </Alert>
      )}
      <BlockHistory label={sender.label} records={history} now={now} />
    </SenderCard>
  )
}
