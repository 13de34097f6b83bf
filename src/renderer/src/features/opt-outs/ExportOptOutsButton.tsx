import { Button } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
import { useDownload } from '../../components/use-download'
import { fileLanguage } from '../../i18n/language'

/** Saves the whole opt-out list as a CSV file (e.g. to hand to another mailing tool). */
export function ExportOptOutsButton() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { busy, download } = useDownload(t('optOuts.exportFailed'))

  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      loading={busy}
      onClick={() =>
        void download(() =>
          api.call('optOuts.exportCsv', { language: fileLanguage(i18n.language) }),
        )
      }
    >
      {t('optOuts.export')}
    </Button>
  )
}
