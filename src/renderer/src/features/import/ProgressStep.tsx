import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { rowsExpected, runPercent, type RunningState } from './import-flow'
import { importErrorText } from './import-texts'

interface Props {
  state: RunningState
  onCancel: () => void
}

export function ProgressStep({ state, onCancel }: Props) {
  const { t, i18n } = useTranslation()
  const reading = state.progress.phase === 'reading'
  const count = (n: number) => n.toLocaleString(i18n.language)
  const status = reading
    ? t('importer.running.reading', {
        done: count(state.progress.rowsDone),
        total: count(rowsExpected(state)),
      })
    : t('importer.running.saving')

  return (
    <Stack gap="sm" py="md">
      <Text fw={600}>{state.fileName}</Text>
      <Progress
        value={runPercent(state)}
        size="xl"
        animated={!reading}
        striped={!reading}
        aria-label={status}
      />
      <Text role="status">{status}</Text>
      <Text size="sm" c="dimmed">
        {/* The apply checks for a cancel every few thousand rows and rolls back whole. */}
        {t('importer.running.cancelHint')}
      </Text>
      {state.error !== null && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('importer.running.cancelFailed')}>
          {importErrorText(state.error, t)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button color="red" variant="light" onClick={onCancel} loading={state.cancelling}>
          {t('importer.running.cancel')}
        </Button>
      </Group>
    </Stack>
  )
}
