import { DatesProvider } from '@mantine/dates'
import 'dayjs/locale/ru'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { dateFieldStyle } from './date-fields'

/** The calendars' month and weekday names and first weekday follow the app's language. */
export function AppDatesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const style = dateFieldStyle(i18n.language)
  return (
    <DatesProvider
      settings={{
        locale: i18n.language.startsWith('ru') ? 'ru' : 'en',
        firstDayOfWeek: style.firstDayOfWeek,
      }}
    >
      {children}
    </DatesProvider>
  )
}
