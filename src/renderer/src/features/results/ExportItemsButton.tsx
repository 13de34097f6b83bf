import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItemState } from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import { saveDownload } from '../../components/download-file'
import { errorMessage } from '../../i18n/error-message'

interface Props {
  campaignId: number
  /** Only the recipients in this state; everyone without it. */
  state?: ItemState
}

/** Saves the campaign's recipients with their outcomes as a CSV file. */
export function ExportItemsButton({ campaignId, state }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState(false)

  const exportCsv = async () => {
    setBusy(true)
    try {
      saveDownload(
        await api.call('campaigns.itemsCsv', {
          id: campaignId,
          ...(state === undefined ? {} : { state }),
        }),
      )
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('results.export.failed'),
        message: errorMessage(error, t),
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconDownload size={14} />}
      loading={busy}
      style={{ flexShrink: 0 }}
      onClick={() => void exportCsv()}
    >
      {state === undefined
        ? t('results.export.all')
        : t('results.export.state', { state: t(`campaigns.itemState.${state}`) })}
    </Button>
  )
}
