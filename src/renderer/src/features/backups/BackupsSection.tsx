import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  TextInput,
  VisuallyHidden,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDatabase, IconRestore } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Backup } from '../../../../shared/backups'
import { useApi } from '../../api/api-context'
import { useApiQuery } from '../../api/use-api-query'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { SectionHeading } from '../../components/SectionHeading'
import { errorMessage } from '../../i18n/error-message'
import { sizeText, takenAtText } from './backup-texts'
import { BackupMirrorField } from './BackupMirrorField'
import { RestoreBackupModal } from './RestoreBackupModal'

// Paths read best in monospace, as in the data folder section.
const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } }

/** Settings: the daily copies of the database, a copy now, and restoring one. */
export function BackupsSection() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { state, reload, refresh } = useApiQuery(
    'backups.list',
    {},
    { refreshOn: ['backups.changed'] },
  )
  const info = useApiQuery('app.info', {})
  const [making, setMaking] = useState(false)
  const [restoring, setRestoring] = useState<Backup>()
  // Where each copy is matters once there are two folders.
  const twoFolders =
    state.status === 'ready' &&
    (state.value.mirror !== null || state.value.backups.some((b) => b.location === 'mirror'))

  const backUpNow = async () => {
    setMaking(true)
    try {
      await api.call('backups.create', {})
      notifications.show({ color: 'teal', message: t('backups.backedUp') })
      refresh()
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('backups.backUpFailed'),
        message: errorMessage(error, t),
      })
    } finally {
      setMaking(false)
    }
  }

  return (
    <Paper withBorder p="lg" id="backups">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <SectionHeading
            title={t('backups.title')}
            hint={t('backups.hint', { kept: state.status === 'ready' ? state.value.kept : 7 })}
          />
          <Button
            variant="light"
            leftSection={<IconDatabase size={16} />}
            loading={making}
            style={{ flexShrink: 0 }}
            onClick={() => void backUpNow()}
          >
            {t('backups.backUpNow')}
          </Button>
        </Group>
        {state.status === 'loading' && <Loader size="sm" />}
        {state.status === 'failed' && (
          <LoadFailedAlert
            title={t('backups.loadFailed')}
            error={state.error}
            retry={{ label: t('backups.retry'), onClick: reload, size: 'xs' }}
          />
        )}
        {state.status === 'ready' && (
          <>
            {state.value.backups.length === 0 ? (
              <Alert color="gray" variant="light">
                {t('backups.none')}
              </Alert>
            ) : (
              <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('backups.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('backups.takenAt')}</Table.Th>
                    {twoFolders && <Table.Th>{t('backups.where')}</Table.Th>}
                    <Table.Th ta="right">{t('backups.size')}</Table.Th>
                    <Table.Th ta="right">
                      <VisuallyHidden>{t('backups.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {state.value.backups.map((backup) => (
                    <Table.Tr key={`${backup.location}/${backup.name}`}>
                      <Table.Td>{takenAtText(backup.takenAt, i18n.language)}</Table.Td>
                      {twoFolders && (
                        <Table.Td>{t(`backups.location.${backup.location}`)}</Table.Td>
                      )}
                      <Table.Td ta="right">{sizeText(backup.bytes, i18n.language)}</Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconRestore size={14} />}
                          aria-label={`${t('backups.restore')} ${takenAtText(backup.takenAt, i18n.language)}${twoFolders ? ` (${t(`backups.location.${backup.location}`)})` : ''}`}
                          onClick={() => {
                            setRestoring(backup)
                          }}
                        >
                          {t('backups.restore')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <TextInput
              label={t('backups.folder')}
              value={state.value.folder}
              readOnly
              styles={monospace}
            />
            <BackupMirrorField
              key={state.value.mirror?.folder ?? ''}
              mirror={state.value.mirror}
              canChooseFolder={state.value.canChooseFolder}
              onChanged={refresh}
            />
          </>
        )}
      </Stack>
      {restoring && (
        <RestoreBackupModal
          backup={restoring}
          dataDir={info.state.status === 'ready' ? info.state.value.dataDir : ''}
          onClose={() => {
            setRestoring(undefined)
          }}
        />
      )}
    </Paper>
  )
}
