import { Alert, Button, Stack } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../i18n/error-message'

/** The core could not give the rows; say why, and offer to ask again. */
export function ContactsLoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('contacts.loadFailed')}>
      <Stack gap="sm" align="flex-start">
        {errorMessage(error, t)}
        <Button variant="white" color="red" size="xs" onClick={onRetry}>
          {t('contacts.retry')}
        </Button>
      </Stack>
    </Alert>
  )
}
