import {
  MaskedDateInput,
  TimePicker,
  type MaskedDateInputProps,
  type TimePickerProps,
} from '@mantine/dates'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { dateFieldStyle, fromPickerDateTime, toFormTime, toPickerDateTime } from './date-fields'

type Shared = Omit<MaskedDateInputProps, 'value' | 'onChange' | 'withTime' | 'defaultValue'>

/**
 * A click on a part selects it whole, so typing replaces it. On a part that already has focus the
 * press itself would put the caret where it landed (undoing the field's select-on-click), and
 * typed digits then joined the old ones — 12 with a typed 0 became 02, 2026 with a typed 2 became
 * 6: so that press moves no caret, and the part is selected at once. A part without focus is
 * selected by the field itself as it gets focus.
 */
const wholePart = {
  onMouseDown: (event: MouseEvent<HTMLInputElement>) => {
    // The field's own handler stops it here too: the wrapper would move focus to the first part.
    event.stopPropagation()
    const input = event.currentTarget
    if (document.activeElement !== input) return
    event.preventDefault()
    input.select()
  },
}

/** The parts' names and the order the language writes them in. */
function useFieldParts() {
  const { t, i18n } = useTranslation()
  const style = dateFieldStyle(i18n.language)
  return {
    fieldsOrder: style.fieldsOrder,
    dateSeparator: style.dateSeparator,
    format: style.format,
    dayInputLabel: t('dates.day'),
    monthInputLabel: t('dates.month'),
    yearInputLabel: t('dates.year'),
    hoursInputLabel: t('dates.hours'),
    minutesInputLabel: t('dates.minutes'),
    amPmInputLabel: t('dates.amPm'),
    dayInputProps: wholePart,
    monthInputProps: wholePart,
    yearInputProps: wholePart,
    hoursInputProps: wholePart,
    minutesInputProps: wholePart,
  }
}

/** A day, "YYYY-MM-DD" ('' while empty or incomplete), written as the app's language does. */
export function DateField({
  value,
  onChange,
  ...props
}: Shared & { value: string; onChange: (value: string) => void }) {
  const { format: _format, ...parts } = useFieldParts()
  return (
    <MaskedDateInput
      {...parts}
      {...props}
      value={value === '' ? null : value}
      onChange={(next) => {
        onChange(next ?? '')
      }}
    />
  )
}

/** A moment, "YYYY-MM-DDTHH:MM" like datetime-local ('' while incomplete). */
export function DateTimeField({
  value,
  onChange,
  ...props
}: Shared & { value: string; onChange: (value: string) => void }) {
  const parts = useFieldParts()
  return (
    <MaskedDateInput
      {...parts}
      {...props}
      withTime
      value={toPickerDateTime(value)}
      onChange={(next) => {
        onChange(fromPickerDateTime(next))
      }}
    />
  )
}

/** A time of day, "HH:MM", on the language's clock. */
export function TimeField({
  value,
  onChange,
  ...props
}: Omit<TimePickerProps, 'value' | 'onChange'> & {
  value: string
  onChange: (value: string) => void
}) {
  const { format, hoursInputLabel, minutesInputLabel, amPmInputLabel } = useFieldParts()
  return (
    <TimePicker
      format={format}
      hoursInputLabel={hoursInputLabel}
      minutesInputLabel={minutesInputLabel}
      amPmInputLabel={amPmInputLabel}
      {...props}
      value={value}
      onChange={(next) => {
        onChange(toFormTime(next))
      }}
    />
  )
}
