// The link that opens WhatsApp on one chat with the text prefilled (WHATSAPP-FACTS.md §7): the
// number as digits without "+", the text percent-encoded as UTF-8 (spaces %20, never "+", which
// iPhones decode inconsistently; newlines %0A).
import type { AssistedOpener } from '../../../../shared/senders'

const e164Pattern = /^\+[0-9]{6,15}$/
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** encodeURIComponent throws on half an emoji; a broken character becomes U+FFFD instead. */
function encodeText(text: string): string {
  return encodeURIComponent(text.replace(/\r\n?/g, '\n').replace(loneSurrogate, '\uFFFD'))
}

/** Throws on a number that is not "+" and 6 to 15 digits: it would open the wrong chat or none. */
export function chatUrl(e164: string, text: string, opener: AssistedOpener): string {
  if (!e164Pattern.test(e164)) throw new Error(`Not an E.164 number: ${JSON.stringify(e164)}`)
  const digits = e164.slice(1)
  const prefill = text === '' ? '' : encodeText(text)
  switch (opener) {
    case 'wa_me':
      return prefill === '' ? `https://wa.me/${digits}` : `https://wa.me/${digits}?text=${prefill}`
    case 'desktop_app':
      return withText(`whatsapp://send?phone=${digits}`, prefill)
    case 'web':
      return withText(`https://web.whatsapp.com/send?phone=${digits}`, prefill)
  }
}

function withText(url: string, prefill: string): string {
  return prefill === '' ? url : `${url}&text=${prefill}`
}
