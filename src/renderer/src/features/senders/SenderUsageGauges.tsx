import { Alert, Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconClock, IconClockOff } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SenderUsage } from '../../../../shared/senders'
import { useApi } from '../../api/api-context'
import { useApiEvent } from '../../api/use-api-event'
import { errorMessage } from '../../i18n/error-message'
import { gaugeColor, gaugePercent } from './usage'
import { windowTime } from './window-time'

type UsageState =
  | { status: 'loading' }
  | { status: 'ready'; usage: SenderUsage }
  | { status: 'failed'; error: unknown }

/** Rolling windows move with time: ask again this often even when nothing happens. */
const refreshEveryMs = 30_000

/** Where a sender stands now, asked again on every send and every half minute. */
export function useSenderUsage(senderId: number) {
  const api = useApi()
  const [state, setState] = useState<UsageState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const refresh = useCallback(() => {
    setAttempt((n) => n + 1)
  }, [])

  useEffect(() => {
    let live = true
    api.call('senders.usage', { id: senderId }).then(
      (usage) => {
        if (live) setState({ status: 'ready', usage })
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error })
      },
    )
    return () => {
      live = false
    }
  }, [api, senderId, attempt])
  useEffect(() => {
    const timer = setInterval(refresh, refreshEveryMs)
    return () => {
      clearInterval(timer)
    }
  }, [refresh])
  useApiEvent('campaigns.changed', refresh)
  useApiEvent('campaigns.task', refresh)
  useApiEvent('senders.changed', refresh)
  return state
}

interface Props {
  senderId: number
  label: string
  /** The sender's own new-chat limit: an allowance below it means the number is warming up. */
  newChatsLimit: number | undefined
}

/**
 * The sender's limit gauges: this hour n/50, new chats n/allowance, active n/1000, and for a
 * Cloud API number the people reached in 24 hours against Meta's tier; then the window.
 */
export function SenderUsageGauges({ senderId, label, newChatsLimit }: Props) {
  const { t, i18n } = useTranslation()
  const state = useSenderUsage(senderId)
  const time = (at: number) =>
    windowTime(at, {
      timeZone: state.status === 'ready' ? state.usage.timeZone : computerTimeZone(),
      language: i18n.language,
      computerTimeZone: computerTimeZone(),
    })

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('senders.usage.title', { label })}
        </Title>
        {state.status === 'failed' && (
          <Alert color="red" variant="light" p="xs" title={t('senders.usage.loadFailed')}>
            {errorMessage(state.error, t)}
          </Alert>
        )}
        {state.status === 'ready' && (
          <>
            <SimpleGrid
              // Four gauges sit two by two: four in a row squeeze their labels onto two lines. By
              // the box's own width: on a number's card in Settings it is narrower than the page.
              type="container"
              cols={
                state.usage.tierPerDay === null ? { base: 1, '720px': 3 } : { base: 1, '440px': 2 }
              }
              spacing="md"
            >
              <Gauge
                label={t('senders.usage.hour')}
                used={state.usage.sentLastHour}
                max={state.usage.perHour}
              />
              <Gauge
                label={t('senders.usage.newChats')}
                used={state.usage.newChatsLast24h}
                max={state.usage.newChatsAllowed}
              />
              <Gauge
                label={t('senders.usage.active')}
                used={state.usage.activeChats}
                max={state.usage.activeChatsMax}
              />
              {/* Cloud API: Meta's own 24-hour budget of people, read at the last check. */}
              {state.usage.tierPerDay !== null && (
                <Gauge
                  label={t('senders.usage.tier')}
                  used={state.usage.tierUsed}
                  max={state.usage.tierPerDay}
                />
              )}
            </SimpleGrid>
            <Group gap="xs">
              <Badge
                variant="light"
                color={state.usage.windowOpen ? 'teal' : 'gray'}
                leftSection={
                  state.usage.windowOpen ? <IconClock size={14} /> : <IconClockOff size={14} />
                }
                style={{ textTransform: 'none' }}
              >
                {windowText(state.usage, time, t)}
              </Badge>
              {newChatsLimit !== undefined && state.usage.newChatsAllowed < newChatsLimit && (
                <Badge variant="light" color="orange" style={{ textTransform: 'none' }}>
                  {t('senders.usage.warmUp', { age: state.usage.ageDays })}
                </Badge>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  )
}

function windowText(usage: SenderUsage, time: (at: number) => string, t: TFunction): string {
  if (usage.windowOpen) {
    return usage.windowChangesAt === null
      ? t('senders.usage.windowOpen')
      : t('senders.usage.windowOpenUntil', { time: time(usage.windowChangesAt) })
  }
  return usage.windowChangesAt === null
    ? t('senders.usage.windowClosed')
    : t('senders.usage.windowClosedUntil', { time: time(usage.windowChangesAt) })
}

function Gauge({ label, used, max }: { label: string; used: number; max: number }) {
  const { t } = useTranslation()
  const value = t('senders.usage.value', { used, max })
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fz="sm">{label}</Text>
        <Text fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {value}
        </Text>
      </Group>
      <Progress
        value={gaugePercent(used, max)}
        color={gaugeColor(used, max)}
        size="md"
        aria-label={`${label}: ${value}`}
      />
    </Stack>
  )
}

const computerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
