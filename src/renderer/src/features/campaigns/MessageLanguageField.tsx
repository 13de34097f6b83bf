import { useTranslation } from 'react-i18next'
import { defaultOptOutLines, type ComposerForm, type MessageLanguage } from './composer-form'
import { SegmentedField } from './SegmentedField'

interface Props {
  form: ComposerForm
  onChange: (change: Partial<ComposerForm>) => void
}

/** The message's language, which the opt-out line follows while it is the default one. */
export function MessageLanguageField({ form, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <SegmentedField
      label={t('campaigns.composer.language')}
      size="xs"
      data={[
        { value: 'ru', label: t('campaigns.composer.languageRu') },
        { value: 'en', label: t('campaigns.composer.languageEn') },
      ]}
      value={form.language}
      onChange={(value) => {
        const language: MessageLanguage = value === 'en' ? 'en' : 'ru'
        // An untouched default line follows the language; a written one stays.
        const isDefault = Object.values(defaultOptOutLines).includes(form.optOutLine)
        onChange({
          language,
          ...(isDefault ? { optOutLine: defaultOptOutLines[language] } : {}),
        })
      }}
    />
  )
}
