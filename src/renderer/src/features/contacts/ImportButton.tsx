import { Button } from '@mantine/core'
import { IconFileUpload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** Opens the import dialog; the same words wherever it appears. */
export function ImportButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation()
  return (
    <Button leftSection={<IconFileUpload size={18} />} onClick={onClick}>
      {t('contacts.importButton')}
    </Button>
  )
}
