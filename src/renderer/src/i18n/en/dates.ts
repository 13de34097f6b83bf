import type { Translation } from '../translation'

// English names of the parts of a date or time field.
export const datesEn: Translation['dates'] = {
  day: 'Day',
  month: 'Month',
  year: 'Year',
  hours: 'Hours',
  minutes: 'Minutes',
  amPm: 'AM or PM',
}
