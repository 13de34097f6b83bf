import { Button } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ItemState } from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import { useDownload } from '../../components/use-download'
import { fileLanguage } from '../../i18n/language'

interface Props {
  campaignId: number
  /** Only the recipients in this state; everyone without it. */
  state?: ItemState
}

/** Saves the campaign's recipients with their outcomes as a CSV file. */
export function ExportItemsButton({ campaignId, state }: Props) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { busy, download } = useDownload(t('results.export.failed'))
  const input = {
    id: campaignId,
    language: fileLanguage(i18n.language),
    ...(state === undefined ? {} : { state }),
  }

  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconDownload size={14} />}
      loading={busy}
      style={{ flexShrink: 0 }}
      onClick={() => void download(() => api.call('campaigns.itemsCsv', input))}
    >
      {state === undefined
        ? t('results.export.all')
        : t('results.export.state', { state: t(`campaigns.itemState.${state}`) })}
    </Button>
  )
}
