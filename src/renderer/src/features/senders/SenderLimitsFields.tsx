import { NumberInput, SimpleGrid, Text, type NumberInputProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { hardLimits as h } from '../../../../shared/senders'
import { FormSection } from './FormSection'
import type { SenderFieldsProps, SenderForm } from './sender-form'

type LimitField = 'gapMinSeconds' | 'gapMaxSeconds' | 'perHour' | 'newChatsPerDay' | 'activeChats'

/** The gap between messages and the counts per hour, per day and of open chats. */
export function SenderLimitsFields({ form, edit, fieldError }: SenderFieldsProps) {
  const { t } = useTranslation()
  const bind = (field: LimitField) => ({
    value: form[field],
    onChange: (value: number | string) => {
      const change: Partial<SenderForm> = {}
      change[field] = value
      edit(change)
    },
  })

  return (
    <>
      <FormSection title={t('senders.modal.limits')} hint={t('senders.modal.limitsHint')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <LimitInput
          label={t('senders.modal.gapMin')}
          min={h.gapMinSeconds}
          max={h.gapMaxSeconds}
          // A longer pause is the stricter one: the rule is a range, not a most.
          description={t('senders.modal.between', { min: h.gapMinSeconds, max: h.gapMaxSeconds })}
          {...bind('gapMinSeconds')}
        />
        <LimitInput
          label={t('senders.modal.gapMax')}
          min={h.gapMinSeconds}
          max={h.gapMaxSeconds}
          // A longer pause is the stricter one: the rule is a range, not a most.
          description={t('senders.modal.between', { min: h.gapMinSeconds, max: h.gapMaxSeconds })}
          error={fieldError('gapMaxSeconds')}
          {...bind('gapMaxSeconds')}
        />
      </SimpleGrid>
      <Text fz="xs" c="dimmed" mt={-8}>
        {t('senders.modal.gapHint', { min: h.gapMinSeconds, max: h.gapMaxSeconds })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <LimitInput
          label={t('senders.modal.perHour')}
          min={1}
          max={h.perHour}
          {...bind('perHour')}
        />
        <LimitInput
          label={t('senders.modal.newChatsPerDay')}
          min={0}
          max={h.newChatsPerDay}
          {...bind('newChatsPerDay')}
        />
        <LimitInput
          label={t('senders.modal.activeChats')}
          min={1}
          max={h.activeChats}
          thousandSeparator=" "
          {...bind('activeChats')}
        />
      </SimpleGrid>
    </>
  )
}

/** A whole number that cannot be typed past its hard limit, which the hint names. */
function LimitInput({ max, ...props }: NumberInputProps & { max: number }) {
  const { t } = useTranslation()
  return (
    <NumberInput
      description={t('senders.modal.atMost', { max })}
      max={max}
      clampBehavior="strict"
      allowDecimal={false}
      allowNegative={false}
      {...props}
    />
  )
}
