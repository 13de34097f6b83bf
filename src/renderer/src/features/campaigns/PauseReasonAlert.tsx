import { Alert, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconBan, IconPlayerPause } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PauseReason } from '../../../../shared/cloud-errors'
import { BanCentreButton, SettingsButton } from './GoToButtons'
import { pauseView } from './pause-reason'

interface Props {
  pause: PauseReason
  /** The campaign's number is blocked now (its reason may be the Cloud API error that did it). */
  senderBlocked: boolean
  now: number
}

/**
 * Why the campaign stopped on its own, prominent at the top of its page: what happened in plain
 * words, Meta's code and message as given, when access returns, and where to fix it.
 */
export function PauseReasonAlert({ pause, senderBlocked, now }: Props) {
  const { t, i18n } = useTranslation()
  const view = pauseView(pause, senderBlocked)
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' })
  const day = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long' })
  const blocked = view.kind === 'blocked'
  const quit = view.kind === 'quit'

  let meta: string | null = null
  if (view.meta !== null) {
    const { code, message } = view.meta
    if (message === '')
      meta = code === null ? null : t('campaigns.detail.autoPause.metaCode', { code })
    else if (code === null) meta = t('campaigns.detail.autoPause.metaSaidNoCode', { message })
    else meta = t('campaigns.detail.autoPause.metaSaid', { code, message })
  }

  let until: string | null = null
  if (view.until !== null && view.until > now) {
    until =
      new Date(view.until).toDateString() === new Date(now).toDateString()
        ? t('campaigns.detail.autoPause.until', { time: time.format(view.until) })
        : t('campaigns.detail.autoPause.untilDay', {
            day: day.format(view.until),
            time: time.format(view.until),
          })
  }

  return (
    <Alert
      color={blocked ? 'red' : quit ? 'yellow' : 'orange'}
      variant="light"
      icon={
        blocked ? (
          <IconBan size={20} />
        ) : quit ? (
          <IconPlayerPause size={20} />
        ) : (
          <IconAlertTriangle size={20} />
        )
      }
      title={t(`campaigns.detail.autoPause.${view.kind}`)}
      role="alert"
      styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Stack gap={6} align="flex-start">
        {'metaMessage' in view.lead ? (
          <>
            <Text fz="sm">{t('cloudErrors.unknown')}</Text>
            <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {view.lead.metaMessage}
            </Text>
          </>
        ) : (
          <Text fz="sm">{t(`cloudErrors.${view.lead.explain}`)}</Text>
        )}
        {meta !== null && (
          <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {meta}
          </Text>
        )}
        {until !== null && (
          <Text fz="sm" fw={600}>
            {until}
          </Text>
        )}
        {view.goTo !== null && (
          <Group gap="xs" mt={4}>
            {view.goTo === 'banCentre' ? <BanCentreButton /> : <SettingsButton />}
          </Group>
        )}
      </Stack>
    </Alert>
  )
}
