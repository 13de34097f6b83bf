// Types every t('…') key against the Russian source, so a typo is a compile error.
import type { ru } from './ru'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof ru }
  }
}
