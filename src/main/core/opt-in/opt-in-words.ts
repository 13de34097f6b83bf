// Everything the customer or the printed poster reads, in the poster's language. The ready text is
// what the customer's WhatsApp has typed for them: it names the shop, so the owner sees why they wrote.
import type { Language } from '../../../shared/settings'

/** A shop name already in quotes («Цветы», "Flowers") is not quoted twice. */
const surroundingQuotes = /^[\s«»"“”„'‘’]+|[\s«»"“”„'‘’]+$/g
export const bareShopName = (shopName: string): string =>
  shopName.replace(surroundingQuotes, '').trim()

/** «Хочу получать новости «Цветы на Садовой»» / “I'd like to get news from “Flowers on Sadovaya”” */
export function optInText(shopName: string, language: Language): string {
  const name = bareShopName(shopName)
  return language === 'ru'
    ? `Хочу получать новости «${name}»`
    : `I'd like to get news from “${name}”`
}

/** Recorded as the consent source of everyone marked as having written by QR. */
export const qrConsentSource: Record<Language, string> = {
  ru: 'QR-код',
  en: 'QR code',
}

export interface PosterWords {
  heading: string
  howTo: string
  /** Above the printed link, for those who type it instead. */
  linkLabel: string
  stopAnyTime: string
}

export const posterWords: Record<Language, PosterWords> = {
  ru: {
    heading: 'Получайте наши новости в WhatsApp',
    howTo: 'Наведите камеру телефона на код и отправьте сообщение',
    linkLabel: 'Или откройте ссылку:',
    stopAnyTime: 'Отписаться можно в любой момент: ответьте СТОП',
  },
  en: {
    heading: 'Get our news on WhatsApp',
    howTo: 'Point your phone’s camera at the code and send the message',
    linkLabel: 'Or open the link:',
    stopAnyTime: 'You can stop any time: reply STOP',
  },
}
