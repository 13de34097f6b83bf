import { Button, Group, Paper } from '@mantine/core'
import { IconFileZip } from '@tabler/icons-react'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
import { saveBinaryDownload } from '../../components/download-file'
import { SectionHeading } from '../../components/SectionHeading'
import { errorMessage } from '../../i18n/error-message'
import { fileLanguage } from '../../i18n/language'

/** Settings: everything as one zip of CSV files, for the shop's records or another program. */
export function ExportEverythingSection() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState(false)

  const download = async () => {
    setBusy(true)
    try {
      saveBinaryDownload(
        await api.call('data.exportAll', { language: fileLanguage(i18n.language) }),
      )
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('backups.exportFailed'),
        message: errorMessage(error, t),
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <SectionHeading title={t('backups.exportTitle')} hint={t('backups.exportHint')} />
        <Button
          variant="light"
          leftSection={<IconFileZip size={16} />}
          loading={busy}
          style={{ flexShrink: 0 }}
          onClick={() => void download()}
        >
          {t('backups.exportButton')}
        </Button>
      </Group>
    </Paper>
  )
}
