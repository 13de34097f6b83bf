import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { consentStates, type ConsentState, type Contact } from '../../../../shared/contacts'

interface Props {
  value: ConsentState
  onChange: (consent: ConsentState) => void
  /** The saved contact: where its consent came from and when. */
  contact: Pick<Contact, 'consent' | 'consentSource' | 'consentAt'>
}

/** Consent to receive messages, with where the saved answer came from and when. */
export function ConsentField({ value, onChange, contact }: Props) {
  const { t, i18n } = useTranslation()
  const source = contact.consentSource.trim()
  const origin = [
    contact.consentAt === null
      ? undefined
      : t('contacts.drawer.consentWhen', {
          when: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
            contact.consentAt,
          ),
        }),
    source.startsWith('import:')
      ? t('contacts.drawer.consentSourceImport', { file: source.slice('import:'.length).trim() })
      : source === 'edited'
        ? t('contacts.drawer.consentSourceEdited')
        : source || undefined,
  ].filter((part) => part !== undefined)

  return (
    <NativeSelect
      label={t('contacts.drawer.consent')}
      description={value === contact.consent && origin.length > 0 ? origin.join(' · ') : undefined}
      data={consentStates.map((state) => ({
        value: state,
        label: t(`contacts.drawer.consentOption.${state}`),
      }))}
      value={value}
      onChange={(event) => {
        const chosen = event.currentTarget.value
        const state = consentStates.find((option) => option === chosen)
        if (state) onChange(state)
      }}
    />
  )
}
