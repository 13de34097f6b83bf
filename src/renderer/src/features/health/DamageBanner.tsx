import { Alert } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiEvent } from '../../api/use-api-event'
import { useApiQuery } from '../../api/use-api-query'

/**
 * Stays on every page once the database is found damaged (by the background check or by a call):
 * what happened, that nothing more is saved, and what to do. A window opened later reads it from
 * app.info; an open one hears the event. Nothing closes it: only a restart's recovery ends it.
 */
export function DamageBanner() {
  const { t } = useTranslation()
  const info = useApiQuery('app.info', {})
  const [heard, setHeard] = useState(false)
  useApiEvent('database.damaged', () => {
    setHeard(true)
  })
  const damaged = heard || (info.state.status === 'ready' && info.state.value.databaseDamaged)
  if (!damaged) return null
  return (
    <Alert
      color="red"
      variant="filled"
      role="alert"
      title={t('app.damagedTitle')}
      mb="lg"
      data-testid="database-damaged"
    >
      {t('app.damagedBody')}
    </Alert>
  )
}
