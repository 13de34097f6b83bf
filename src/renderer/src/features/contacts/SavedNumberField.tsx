import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { savedNumberStates, type Contact, type SavedNumberState } from '../../../../shared/contacts'
import { savedNumberOrigin } from './saved-number-origin'

interface Props {
  value: SavedNumberState
  onChange: (state: SavedNumberState) => void
  /** The saved contact: where its answer came from and when. */
  contact: Pick<
    Contact,
    'savedNumber' | 'savedNumberSource' | 'savedNumberAt' | 'consentSource' | 'consentAt'
  >
}

/** «Сохранил(а) наш номер: да / вероятно / нет / неизвестно», with where the saved answer came from. */
export function SavedNumberField({ value, onChange, contact }: Props) {
  const { t, i18n } = useTranslation()
  const origin =
    value === contact.savedNumber ? savedNumberOrigin(contact, t, i18n.language) : undefined
  return (
    <NativeSelect
      label={t('savedNumber.field.label')}
      description={origin ?? t('savedNumber.field.hint')}
      data={savedNumberStates.map((state) => ({
        value: state,
        label: t(`savedNumber.field.option.${state}`),
      }))}
      value={value}
      onChange={(event) => {
        const chosen = event.currentTarget.value
        const state = savedNumberStates.find((option) => option === chosen)
        if (state) onChange(state)
      }}
    />
  )
}
