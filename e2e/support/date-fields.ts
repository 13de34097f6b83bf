import type { Locator } from '@playwright/test'

const partNames = {
  ru: { day: 'День', month: 'Месяц', year: 'Год', hours: 'Часы', minutes: 'Минуты' },
  en: { day: 'Day', month: 'Month', year: 'Year', hours: 'Hours', minutes: 'Minutes' },
} as const

/**
 * Types a moment into a date (and time) field the way an owner does, part by part: "2026-12-01T09:15"
 * or "2026-12-01". The field writes it as its language does (01.12.2026 09:15 / 12/01/2026 9:15 AM).
 */
export async function fillDateField(
  field: Locator,
  lang: 'ru' | 'en',
  value: string,
): Promise<void> {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value)
  if (!match) throw new Error(`not a date: ${value}`)
  const [, year = '', month = '', day = '', hours, minutes] = match
  const names = partNames[lang]
  const type = async (name: string, digits: string) => {
    const part = field.getByRole('spinbutton', { name, exact: true })
    await part.click()
    await part.pressSequentially(digits)
  }
  await type(names.day, day)
  await type(names.month, month)
  await type(names.year, year)
  if (hours === undefined || minutes === undefined) return
  if (lang === 'ru') {
    await type(names.hours, hours)
  } else {
    const h = Number(hours)
    await type(names.hours, String(h % 12 === 0 ? 12 : h % 12).padStart(2, '0'))
    await field.getByRole('combobox', { name: 'AM or PM' }).selectOption(h < 12 ? 'AM' : 'PM')
  }
  await type(names.minutes, minutes)
}
