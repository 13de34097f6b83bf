import { Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { hardLimits } from '../../../../shared/senders'
import {
  ageChoices,
  ageInDays,
  allowanceAt,
  clampInt,
  daysBefore,
  type AgeChoice,
  type SenderFieldsProps,
} from './sender-form'
import { DateField } from '../../components/dates/DateFields'

/** Which number it is, and since when it is in use: its age sets the warm-up allowance. */
export function SenderIdentityFields({
  form,
  edit,
  fieldError,
  today,
}: SenderFieldsProps & { today: string }) {
  const { t } = useTranslation()
  const age = ageInDays(form.startedOn, today)
  // A saved number shows its own day; a new one has no answer until the owner gives one.
  const [choice, setChoice] = useState<AgeChoice | undefined>(
    form.startedOn === '' ? undefined : 'date',
  )
  const fullPace = clampInt(form.newChatsPerDay, 0, hardLimits.newChatsPerDay, 0)
  /** What an answer means for the pace, from this form's own warm-up table and limit. */
  const paceText = (days: number): string => {
    const allowed = allowanceAt(form, days)
    return allowed < fullPace
      ? t('senders.modal.age.warmingUp', { allowed })
      : t('senders.modal.age.fullPace', { allowed })
  }
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
      <Radio.Group
        label={t('senders.modal.age.question')}
        description={t('senders.modal.age.hint')}
        value={choice ?? ''}
        onChange={(value) => {
          const picked = value as AgeChoice
          setChoice(picked)
          const preset = ageChoices.find((c) => c.choice === picked)
          edit({ startedOn: preset ? daysBefore(today, preset.days) : form.startedOn })
        }}
        required
        error={
          choice === undefined && fieldError('startedOn') !== undefined
            ? t('senders.modal.age.required')
            : undefined
        }
      >
        <Stack gap={6} mt={6}>
          {ageChoices.map(({ choice: value, days }) => (
            <Radio
              key={value}
              value={value}
              label={t(`senders.modal.age.${value}`)}
              description={paceText(days)}
            />
          ))}
          <Radio value="date" label={t('senders.modal.age.date')} />
        </Stack>
      </Radio.Group>
      {choice === 'date' && (
        <>
          <DateField
            label={t('senders.modal.startedOn')}
            maxDate={today}
            value={form.startedOn}
            onChange={(startedOn) => {
              edit({ startedOn })
            }}
            required
            error={fieldError('startedOn')}
            w="100%"
          />
          {form.startedOn !== '' && (
            <Text fz="sm" c="teal.8" mt={-8}>
              {t('senders.modal.ageNow', { count: age, allowed: allowanceAt(form, age) })}
            </Text>
          )}
        </>
      )}
    </>
  )
}
