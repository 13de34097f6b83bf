import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
import { saveDownload } from '../../components/download-file'
import { errorMessage } from '../../i18n/error-message'

/** Saves the whole opt-out list as a CSV file (e.g. to hand to another mailing tool). */
export function ExportOptOutsButton() {
  const { t } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState(false)

  const exportCsv = async () => {
    setBusy(true)
    try {
      saveDownload(await api.call('optOuts.exportCsv', {}))
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('optOuts.exportFailed'),
        message: errorMessage(error, t),
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      loading={busy}
      onClick={() => void exportCsv()}
    >
      {t('optOuts.export')}
    </Button>
  )
}
