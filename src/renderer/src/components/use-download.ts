import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DownloadFile } from '../../../shared/contacts'
import { errorMessage } from '../i18n/error-message'
import { saveDownload } from './download-file'

/**
 * An export button's work: asks the core for the file and saves it as a download, spinning
 * meanwhile; a failure is a red notification under `failedTitle`.
 */
export function useDownload(failedTitle: string) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)

  const download = async (file: () => Promise<DownloadFile>) => {
    setBusy(true)
    try {
      saveDownload(await file())
    } catch (error) {
      notifications.show({ color: 'red', title: failedTitle, message: errorMessage(error, t) })
    } finally {
      setBusy(false)
    }
  }

  return { busy, download }
}
