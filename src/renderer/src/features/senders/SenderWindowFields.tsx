import { Chip, Group, Input, Select, type OptionsFilter } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { FormSection } from './FormSection'
import { timeZoneChoices, type SenderFieldsProps } from './sender-form'
import { weekdayNames } from './week'
import { TimeField } from '../../components/dates/DateFields'
import { zoneInWords, zoneMatches } from '../../components/dates/zone-in-words'

/** «моск» finds «Москва, GMT+3», and so do "Europe/Moscow" and "GMT+3". */
const zoneFilter: OptionsFilter = ({ options, search }) =>
  options.filter((option) => 'value' in option && zoneMatches(option.value, option.label, search))

interface Props extends SenderFieldsProps {
  /** The computer's zone and the saved one ('' for a new sender): offered even if uncommon. */
  systemZone: string
  savedZone: string
}

/** When the number may send: its time zone, the hours and the days of the week. */
export function SenderWindowFields({ form, edit, fieldError, systemZone, savedZone }: Props) {
  const { t, i18n } = useTranslation()
  const zoneChoices = useMemo(() => {
    const now = new Date()
    return timeZoneChoices(systemZone, savedZone).map((value) => ({
      value,
      label: zoneInWords(value, now, i18n.language),
    }))
  }, [systemZone, savedZone, i18n.language])
  const weekdays = weekdayNames(i18n.language)

  return (
    <>
      <FormSection title={t('senders.modal.window')} hint={t('senders.modal.windowHint')} />
      <Select
        label={t('senders.modal.timeZone')}
        description={t('senders.modal.timeZoneHint')}
        data={zoneChoices}
        value={form.timeZone}
        onChange={(value) => {
          if (value !== null) edit({ timeZone: value })
        }}
        searchable
        filter={zoneFilter}
        allowDeselect={false}
        error={fieldError('timeZone')}
      />
      <Group align="flex-start" grow>
        <TimeField
          label={t('senders.modal.windowStart')}
          value={form.windowStart}
          onChange={(windowStart) => {
            edit({ windowStart })
          }}
        />
        <TimeField
          label={t('senders.modal.windowEnd')}
          value={form.windowEnd}
          onChange={(windowEnd) => {
            edit({ windowEnd })
          }}
          error={fieldError('windowEnd')}
        />
      </Group>
      <Input.Wrapper label={t('senders.modal.days')} error={fieldError('days')}>
        <Chip.Group
          multiple
          value={form.days.map(String)}
          onChange={(values) => {
            edit({ days: values.map(Number).sort((a, b) => a - b) })
          }}
        >
          <Group gap={6} mt={6}>
            {weekdays.map((name, index) => (
              <Chip key={name} value={String(index + 1)} size="sm" variant="outline">
                {name}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Input.Wrapper>
    </>
  )
}
