import { Alert, Button, Group, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiEvent } from '../../api/use-api-event'

/**
 * Shown once the core behind this window was started again after it ended on its own: what the
 * window shows may be the old core's, so it needs loading again — when the owner says, after
 * copying any text not yet saved, never under their hands. A reload starts without it.
 */
export function CoreRestartedBanner() {
  const { t } = useTranslation()
  const [restarted, setRestarted] = useState(false)
  useApiEvent('core.restarted', () => {
    setRestarted(true)
  })
  if (!restarted) return null
  return (
    <Alert
      color="orange"
      role="alert"
      title={t('app.coreRestartedTitle')}
      mb="lg"
      data-testid="core-restarted"
    >
      <Text size="sm" mb="sm">
        {t('app.coreRestartedBody')}
      </Text>
      <Group>
        <Button size="xs" color="orange" onClick={() => window.location.reload()}>
          {t('app.coreRestartedReload')}
        </Button>
      </Group>
    </Alert>
  )
}
