import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconChevronDown, IconDownload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
import { saveDownload } from '../../components/download-file'
import { errorMessage } from '../../i18n/error-message'
import { fileLanguage } from '../../i18n/language'
import { isNarrowed, queryFilter, type ContactFilter } from './contact-filter'

/** Saves the whole book, or just what the search and filters found, as a CSV file. */
export function ExportMenu({ filter }: { filter: ContactFilter }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState(false)

  const exportCsv = async (onlyFound: boolean) => {
    setBusy(true)
    try {
      const query = onlyFound
        ? queryFilter(filter)
        : { search: '', sort: filter.sort, direction: filter.direction }
      saveDownload(
        await api.call('contacts.exportCsv', { query, language: fileLanguage(i18n.language) }),
      )
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('contacts.exportFailed'),
        message: errorMessage(error, t),
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={busy}
        >
          {t('contacts.exportButton')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void exportCsv(false)}>{t('contacts.exportAll')}</Menu.Item>
        {isNarrowed(filter) && (
          <Menu.Item onClick={() => void exportCsv(true)}>{t('contacts.exportFound')}</Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  )
}
