import { SimpleGrid, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ageInDays, allowanceAt, type SenderFieldsProps } from './sender-form'

/** Which number it is, and since when it is in use: its age sets the warm-up allowance. */
export function SenderIdentityFields({
  form,
  edit,
  fieldError,
  today,
}: SenderFieldsProps & { today: string }) {
  const { t } = useTranslation()
  const age = ageInDays(form.startedOn, today)
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          label={t('senders.modal.label')}
          placeholder={t('senders.modal.labelPlaceholder')}
          description={t('senders.modal.labelHint')}
          value={form.label}
          onChange={(event) => {
            edit({ label: event.currentTarget.value })
          }}
          maxLength={60}
          required
          error={fieldError('label')}
          data-autofocus
        />
        <TextInput
          label={t('senders.modal.phone')}
          placeholder={t('senders.modal.phonePlaceholder')}
          description={t('senders.modal.phoneHint')}
          type="tel"
          value={form.phone}
          onChange={(event) => {
            edit({ phone: event.currentTarget.value })
          }}
          maxLength={64}
          required
          error={fieldError('phone')}
        />
      </SimpleGrid>
      <TextInput
        label={t('senders.modal.startedOn')}
        description={t('senders.modal.startedOnHint')}
        type="date"
        max={today}
        value={form.startedOn}
        onChange={(event) => {
          edit({ startedOn: event.currentTarget.value })
        }}
        required
        error={fieldError('startedOn')}
        w="100%"
      />
      <Text fz="sm" c="teal.8" mt={-8}>
        {t('senders.modal.ageNow', { count: age, allowed: allowanceAt(form, age) })}
      </Text>
    </>
  )
}
