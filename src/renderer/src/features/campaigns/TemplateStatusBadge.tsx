import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { templateStatusColor, templateStatusKey } from './template-status'

/** Meta's status of a template in words, coloured by whether it can be sent. */
export function TemplateStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation()
  return (
    <Badge
      size="sm"
      variant="light"
      color={templateStatusColor(status)}
      style={{ textTransform: 'none', flexShrink: 0 }}
    >
      {t(`campaigns.template.status.${templateStatusKey(status)}`, { status })}
    </Badge>
  )
}
