import { Alert } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { personalPlaceholdersIn } from '../../../../shared/list-message'

/**
 * A list message is one text for all: the per-person placeholders it still has are named, since
 * they would arrive as written. Nothing while there are none.
 */
export function PersonalFieldsWarning({ text, title }: { text: string; title?: string }) {
  const { t } = useTranslation()
  const fields = personalPlaceholdersIn(text)
  if (fields.length === 0) return null
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle />} title={title}>
      {t('phoneBroadcast.personal', {
        fields: fields.map((field) => `{{${field}}}`).join(', '),
        shop: '{{shop}}',
      })}
    </Alert>
  )
}
