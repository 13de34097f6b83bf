import { TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface Props {
  value: string
  placeholder: string
  onChange: (note: string) => void
}

/** The optional note kept with an opt-out (or a re-subscription): why, or who said so. */
export function NoteInput({ value, placeholder, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <TextInput
      label={t('optOuts.note')}
      description={t('optOuts.noteHint')}
      placeholder={placeholder}
      value={value}
      onChange={(event) => {
        onChange(event.currentTarget.value)
      }}
      maxLength={500}
    />
  )
}
