import { Group, Stack, Text, ThemeIcon, type GroupProps, type MantineColor } from '@mantine/core'
import { IconClockHour4, IconHandClick, IconPlayerPause } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Campaign } from '../../../../shared/campaigns'
import { countdown, countdownKey, twoDigits, waitOf } from './campaign-progress'

/** "3 min 05 s" until a moment. */
export function leftText(ms: number, t: TFunction): string {
  const left = countdown(ms)
  const key = countdownKey(left)
  return t(`campaigns.detail.in.${key}`, {
    hours: left.hours,
    minutes: key === 'hours' ? twoDigits(left.minutes) : left.minutes,
    seconds: key === 'minutes' ? twoDigits(left.seconds) : left.seconds,
  })
}

function useClock() {
  const { i18n } = useTranslation()
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' })
  const day = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  })
  return { time: (at: number) => time.format(at), day: (at: number) => day.format(at) }
}

interface Props {
  /** With `pauseReason` the paused line points to the alert that says why. */
  campaign: Pick<Campaign, 'state' | 'nextDueAt' | 'waitReason'> &
    Partial<Pick<Campaign, 'pauseReason'>>
  now: number
}

/** The running page's line: when the next message goes, in how long, and why not sooner. */
export function NextMessage({ campaign, now }: Props) {
  const { t } = useTranslation()
  const clock = useClock()
  const wait = waitOf(campaign, now)

  if (wait.kind === 'over' || wait.kind === 'none') {
    const text =
      wait.kind === 'none'
        ? campaign.state === 'draft'
          ? t('campaigns.detail.draft')
          : t('campaigns.detail.nothingPlanned')
        : campaign.state === 'finished'
          ? t('campaigns.detail.finished')
          : t('campaigns.detail.cancelled')
    return <Text fz="sm">{text}</Text>
  }
  if (wait.kind === 'paused') {
    return (
      <IconLine color="yellow" icon={<IconPlayerPause size={18} />}>
        <Text fz="sm">
          {/* Paused at a quit there is nothing to fix: just resume. */}
          {campaign.pauseReason && campaign.pauseReason.reason !== 'app_quit'
            ? t('campaigns.detail.pausedByReason')
            : t('campaigns.detail.paused')}
        </Text>
      </IconLine>
    )
  }
  if (wait.kind === 'awaitingOwner' || wait.kind === 'uncertain') {
    return (
      <IconLine color="orange" icon={<IconHandClick size={18} />}>
        <Text fz="sm" fw={600}>
          {t(
            wait.kind === 'uncertain'
              ? 'campaigns.detail.waitReason.uncertain'
              : 'campaigns.detail.waitReason.awaiting_owner',
          )}
        </Text>
      </IconLine>
    )
  }
  return (
    <IconLine
      color="teal"
      icon={<IconClockHour4 size={18} />}
      align="flex-start"
      role="status"
      aria-live="off"
    >
      <Stack gap={2}>
        <Text fz="md" fw={600}>
          {wait.kind === 'soon'
            ? t('campaigns.detail.soon')
            : wait.sameDay
              ? t('campaigns.detail.nextAt', {
                  time: clock.time(wait.at),
                  left: leftText(wait.at - now, t),
                })
              : t('campaigns.detail.nextAtDay', {
                  day: clock.day(wait.at),
                  time: clock.time(wait.at),
                  left: leftText(wait.at - now, t),
                })}
        </Text>
        {wait.kind === 'at' && (
          <Text fz="sm" c="dimmed">
            {t(`campaigns.detail.waitReason.${wait.reason}`)}
          </Text>
        )}
      </Stack>
    </IconLine>
  )
}

/** The overview's cell: the time and the countdown, or who is waited for. */
export function NextMessageShort({ campaign, now }: Props) {
  const { t } = useTranslation()
  const clock = useClock()
  const wait = waitOf(campaign, now)
  if (wait.kind === 'awaitingOwner') {
    return (
      <Text fz="sm" c="orange.8" fw={600}>
        {t('campaigns.task.title')}
      </Text>
    )
  }
  if (wait.kind === 'uncertain') {
    return (
      <Text fz="sm" c="orange.8" fw={600}>
        {t('campaigns.uncertain.title')}
      </Text>
    )
  }
  if (wait.kind === 'soon') return <Text fz="sm">{t('campaigns.detail.soon')}</Text>
  if (wait.kind !== 'at')
    return (
      <Text fz="sm" c="dimmed">
        —
      </Text>
    )
  return (
    <Stack gap={0}>
      <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
        {wait.sameDay ? clock.time(wait.at) : `${clock.day(wait.at)}, ${clock.time(wait.at)}`}
      </Text>
      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {leftText(wait.at - now, t)}
      </Text>
    </Stack>
  )
}

interface IconLineProps extends GroupProps {
  color: MantineColor
  icon: ReactNode
}

/** A round tinted icon before a line of the running page's state. */
function IconLine({ color, icon, children, ...group }: IconLineProps) {
  return (
    <Group gap="sm" wrap="nowrap" {...group}>
      <ThemeIcon color={color} variant="light" radius="xl">
        {icon}
      </ThemeIcon>
      {children}
    </Group>
  )
}
