import { Button } from '@mantine/core'
import { IconFileUpload, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface Props {
  onAddNumbers: () => void
  onImportFile: () => void
}

/** The two ways to put numbers on the list by hand: paste them, or load a file of them. */
export function AddButtons({ onAddNumbers, onImportFile }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <Button variant="default" leftSection={<IconFileUpload size={16} />} onClick={onImportFile}>
        {t('optOuts.importFile')}
      </Button>
      <Button leftSection={<IconPlus size={16} />} onClick={onAddNumbers}>
        {t('optOuts.addNumbers')}
      </Button>
    </>
  )
}
