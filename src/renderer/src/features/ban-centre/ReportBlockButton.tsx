import { Button } from '@mantine/core'
import { IconBan } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** The owner's "WhatsApp blocked my number", on every number's card. */
export function ReportBlockButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation()
  return (
    <Button variant="light" color="red" leftSection={<IconBan size={16} />} onClick={onClick}>
      {t('banCentre.report.button')}
    </Button>
  )
}
