import { Stack } from '@mantine/core'
import type { Sender } from '../../../../shared/senders'
import { SenderUsageGauges } from '../senders/SenderUsageGauges'
import { SenderRiskSummary } from './SenderRiskSummary'

/**
 * Where a number stands, for its card: its risk and its campaigns' forecast, then its limits
 * (full width: the three limit gauges need a row of their own).
 */
export function SenderStanding({ sender }: { sender: Sender }) {
  return (
    <Stack gap="sm" mt="sm" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <SenderRiskSummary senderId={sender.id} />
      <SenderUsageGauges
        senderId={sender.id}
        label={sender.label}
        newChatsLimit={sender.limits.newChatsPerDay}
      />
    </Stack>
  )
}
