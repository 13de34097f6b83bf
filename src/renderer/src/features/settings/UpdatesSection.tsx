import { Alert, Button, Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconRefresh, IconRotateClockwise } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { UpdateState } from '../../../../shared/updates'
import { useApi } from '../../api/api-context'
import { useApiEvent } from '../../api/use-api-event'
import { useApiQuery } from '../../api/use-api-query'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { SectionHeading } from '../../components/SectionHeading'
import { errorMessage } from '../../i18n/error-message'
import { updateErrorWords } from './update-error-words'

/** What the updater is doing, in a sentence. */
function stateText(state: UpdateState, t: TFunction): string {
  switch (state.kind) {
    case 'unavailable':
      return state.why === 'browser'
        ? t('updates.state.unavailableBrowser')
        : t('updates.state.unavailableDevelopment')
    case 'idle':
      return t('updates.state.idle')
    case 'checking':
      return t('updates.state.checking')
    case 'up_to_date':
      return t('updates.state.upToDate')
    case 'available':
      return t('updates.state.available', { version: state.version })
    case 'downloading':
      return t('updates.state.downloading', { percent: state.percent })
    case 'ready':
      return state.held
        ? t('updates.state.held', { version: state.version })
        : t('updates.state.ready', { version: state.version })
    case 'error': {
      const words = updateErrorWords(state)
      return words.advice === null ? t(words.headline) : `${t(words.headline)} ${t(words.advice)}`
    }
  }
}

const busy = (state: UpdateState) =>
  state.kind === 'checking' || state.kind === 'available' || state.kind === 'downloading'

/** Settings: the version running, "Check for updates", and the restart into a downloaded one. */
export function UpdatesSection() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { state, reload, set } = useApiQuery('updates.status', {})
  // Progress and "ready" arrive as events: the section follows them live.
  useApiEvent('updates.changed', set)
  const [acting, setActing] = useState(false)

  const act = async (name: 'updates.check' | 'updates.restart') => {
    setActing(true)
    try {
      set(await api.call(name, {}))
    } catch (error) {
      notifications.show({
        color: 'red',
        title: name === 'updates.check' ? t('updates.checkFailed') : t('updates.restartFailed'),
        message: errorMessage(error, t),
      })
    } finally {
      setActing(false)
    }
  }

  return (
    <Paper withBorder p="lg" id="updates">
      <Stack gap="md">
        <SectionHeading title={t('updates.title')} hint={t('updates.hint')} />
        {state.status === 'loading' && <Loader size="sm" />}
        {state.status === 'failed' && (
          <LoadFailedAlert
            title={t('updates.loadFailed')}
            error={state.error}
            retry={{ label: t('settings.retry'), onClick: reload, size: 'xs' }}
          />
        )}
        {state.status === 'ready' && (
          <>
            <Text fw={500} data-testid="app-version">
              {t('updates.version', { version: state.value.version })}
            </Text>
            <Alert
              color={
                state.value.state.kind === 'error'
                  ? 'red'
                  : state.value.state.kind === 'ready'
                    ? state.value.state.held
                      ? 'yellow'
                      : 'teal'
                    : 'gray'
              }
              variant="light"
              role="status"
              data-testid="update-state"
            >
              {stateText(state.value.state, t)}
              {state.value.state.kind === 'error' && (
                // The updater's own line, second and small: for whoever helps, not the headline.
                <Text fz="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
                  {t(updateErrorWords(state.value.state).details, {
                    reason: state.value.state.reason,
                  })}
                </Text>
              )}
            </Alert>
            {state.value.state.kind === 'downloading' && (
              <Progress value={state.value.state.percent} aria-hidden />
            )}
            {state.value.lastCheckAt !== null && (
              <Text fz="sm" c="dimmed">
                {t('updates.lastCheck', {
                  date: new Date(state.value.lastCheckAt).toLocaleString(i18n.language, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}
              </Text>
            )}
            <Group gap="sm">
              <Button
                variant="light"
                leftSection={<IconRefresh size={16} />}
                loading={acting || state.value.state.kind === 'checking'}
                disabled={state.value.state.kind === 'unavailable' || busy(state.value.state)}
                onClick={() => void act('updates.check')}
              >
                {t('updates.check')}
              </Button>
              {state.value.state.kind === 'ready' && (
                <Button
                  leftSection={<IconRotateClockwise size={16} />}
                  disabled={state.value.state.held || acting}
                  onClick={() => void act('updates.restart')}
                >
                  {t('updates.restart')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  )
}
