import { Alert, Paper, Stack, Text, TextInput } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { SectionHeading } from '../../components/SectionHeading'
import { errorMessage } from '../../i18n/error-message'

// Paths read best in monospace; the labels stay in the UI font.
const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } }

/** Where the data lives, read-only, so the owner can find it for a backup. */
export function DataFolderSection() {
  const { t } = useTranslation()
  const { state } = useApiQuery('app.info', {})
  if (state.status === 'loading') return null

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <SectionHeading title={t('settings.dataTitle')} hint={t('settings.dataHint')} />
        {state.status === 'failed' ? (
          <Alert color="red" icon={<IconAlertTriangle />}>
            {errorMessage(state.error, t)}
          </Alert>
        ) : (
          <>
            <TextInput
              label={t('settings.dataDir')}
              value={state.value.dataDir}
              readOnly
              styles={monospace}
            />
            <TextInput
              label={t('settings.databaseFile')}
              value={state.value.databaseFile}
              readOnly
              styles={monospace}
            />
            <TextInput
              label={t('settings.logFile')}
              description={t('settings.logFileHint')}
              value={state.value.logFile}
              readOnly
              styles={monospace}
            />
            <Text c="dimmed" fz="xs">
              {t('settings.version', { version: state.value.version })}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  )
}
