// Russian names of the parts of a date or time field, for screen readers and tests.
export const datesRu = {
  day: 'День',
  month: 'Месяц',
  year: 'Год',
  hours: 'Часы',
  minutes: 'Минуты',
  amPm: 'До или после полудня',
}
