import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Backup } from '../../../../shared/backups'
import { useApi } from '../../api/api-context'
import { restoreErrorText, takenAtText } from './backup-texts'
import { rememberRestore } from './restored-notice'

interface Props {
  backup: Backup
  /** The data folder, where the current data is kept aside. */
  dataDir: string
  onClose: () => void
}

/** "Restore the backup of …?" with what happens to the data now; on success the window reloads. */
export function RestoreBackupModal({ backup, dataDir, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const date = takenAtText(backup.takenAt, i18n.language)

  const restore = async () => {
    setBusy(true)
    setError(undefined)
    try {
      rememberRestore(
        await api.call('backups.restore', { name: backup.name, location: backup.location }),
      )
      window.location.reload()
    } catch (failure) {
      setError(restoreErrorText(failure, t))
      setBusy(false)
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('backups.restoreTitle', { date })}
      size="lg"
      styles={{ title: { fontWeight: 700 } }}
    >
      <Stack gap="md">
        <List spacing="xs" fz="sm">
          <List.Item>{t('backups.restoreWhat', { date })}</List.Item>
          <List.Item>{t('backups.restoreCarried')}</List.Item>
          <List.Item>{t('backups.restoreKept', { folder: dataDir })}</List.Item>
          <List.Item>{t('backups.restorePause')}</List.Item>
          <List.Item>{t('backups.restoreReload')}</List.Item>
        </List>
        {error !== undefined && (
          <Alert color="red" variant="light" role="alert">
            <Text fz="sm">{error}</Text>
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('backups.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void restore()}>
            {t('backups.restoreConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
