// The shell's words a first-screen test looks for, in each language the app ships.
export const shellTexts = {
  ru: {
    contactsEmpty: 'Пока нет ни одного контакта',
    unreachable: 'Не удаётся связаться с Рупором',
    retry: 'Попробовать ещё раз',
  },
  en: {
    contactsEmpty: 'No contacts yet',
    unreachable: 'Cannot reach Rupor',
    retry: 'Try again',
  },
} as const
