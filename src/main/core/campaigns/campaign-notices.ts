import type { Notice } from '../capabilities'

/** System notifications, in the campaign's language: the core has no i18next, and needs few words. */
const texts = {
  ru: {
    task: (name: string) => ({
      title: 'Пора отправить сообщение',
      body: `Следующий получатель: ${name}. Откройте Рупор.`,
    }),
    /** The same moment without the person: what the OS shows unless the owner allowed names. */
    taskUnnamed: () => ({
      title: 'Пора отправить сообщение',
      body: 'Следующее сообщение ждёт вас. Откройте Рупор.',
    }),
    finished: (campaign: string) => ({
      title: 'Рассылка завершена',
      body: `«${campaign}»: отправлено всё, что можно было. Итоги — в Рупоре.`,
    }),
    limit: (campaign: string, at: string) => ({
      title: 'Рассылка продолжится позже',
      body: `«${campaign}»: продолжим в ${at}, чтобы не превысить безопасные лимиты.`,
    }),
  },
  en: {
    task: (name: string) => ({
      title: 'Time for the next message',
      body: `Next: ${name}. Open Rupor.`,
    }),
    taskUnnamed: () => ({
      title: 'Time for the next message',
      body: 'The next message is waiting for you. Open Rupor.',
    }),
    finished: (campaign: string) => ({
      title: 'Campaign finished',
      body: `“${campaign}”: every message is done.`,
    }),
    limit: (campaign: string, at: string) => ({
      title: 'Campaign waits for a limit',
      body: `“${campaign}”: it goes on at ${at}, to stay within the safe limits.`,
    }),
  },
} satisfies Record<'ru' | 'en', Record<string, (...args: string[]) => Notice>>

export const notices = texts
