import { Alert, Group, Paper, Stack, Text } from '@mantine/core'
import { IconFlame, IconShieldCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { localDate } from '../senders/sender-form'
import { BlockHistory } from './BlockHistory'
import { dayWords, warmingAgain } from './block-timing'
import { ReportBlockButton } from './ReportBlockButton'
import { SenderHeading } from './SenderHeading'
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
    <Paper withBorder radius="md" p="lg" role="region" aria-label={sender.label}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <SenderHeading
            sender={sender}
            icon={<IconShieldCheck size={22} />}
            color="teal"
            status={
              <Text fz="sm" fw={500} c="teal.8">
                {t('banCentre.numbers.canSend')}
              </Text>
            }
          />
          <ReportBlockButton onClick={onReport} />
        </Group>
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
      </Stack>
    </Paper>
  )
}
