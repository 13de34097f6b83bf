import { Button } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** "Back" beside a campaign page's title. */
export function BackButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation()
  return (
    <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onClick}>
      {t('campaigns.back')}
    </Button>
  )
}
