// The link printed on the poster: wa.me (WhatsApp's click-to-chat) with the shop's number as digits
// and the ready text percent-encoded — the same encoding the assisted channel's links use.
import type { Language } from '../../../shared/settings'
import { chatUrl } from '../campaigns/message/chat-url'
import { optInText } from './opt-in-words'

/** `https://wa.me/<digits>?text=<encoded>`; throws on a number that is not E.164. */
export function optInUrl(shopPhone: string, shopName: string, language: Language): string {
  return chatUrl(shopPhone, optInText(shopName, language), 'wa_me')
}
