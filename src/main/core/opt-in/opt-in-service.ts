// The QR opt-in: the link and QR for the chosen sender's number, the poster, the PNG, and marking
// those who wrote. The link needs a number (a sender) and the shop's name (Settings): without
// either the page says what to fill in, and a download is refused naming it.
import type { Database } from 'better-sqlite3'
import type { BinaryDownload } from '../../../shared/backups'
import type { OptInLink, OptInMarkPlan, OptInMissing, PosterSize } from '../../../shared/opt-in'
import type { Sender } from '../../../shared/senders'
import type { CountryCode, Language } from '../../../shared/settings'
import { downloadName } from '../download-name'
import { invalidInput } from '../errors'
import type { Clock } from '../time/clock'
import { markWrote, planMarkWrote } from './mark-wrote'
import { optInUrl } from './opt-in-link'
import { bareShopName, optInText } from './opt-in-words'
import { posterPdf } from './poster-pdf'
import { qrPng, qrSvg } from './qr-code'

export interface OptInServiceOptions {
  db: Database
  clock: Clock
  senders: () => Sender[]
  shopName: () => string
  defaultCountry: () => CountryCode
}

interface LinkInput {
  senderId?: number | undefined
  language: Language
}

const missingMessages: Record<OptInMissing, string> = {
  sender: 'Add the shop’s WhatsApp number (a sender) first: the poster opens a chat with it.',
  shop_name: 'Fill in the shop’s name in Settings first: the poster and the ready text name it.',
}

const fileNames: Record<Language, { qr: string; poster: string }> = {
  ru: { qr: 'QR для подписки', poster: 'Плакат' },
  en: { qr: 'Opt-in QR', poster: 'Poster' },
}

export function createOptInService(options: OptInServiceOptions) {
  const { db, clock } = options

  /** The link's parts, or what is missing for it. */
  function resolve({ senderId, language }: LinkInput) {
    const senders = options.senders().map(({ id, label, phone }) => ({ id, label, phone }))
    const shopName = bareShopName(options.shopName())
    const sender = senders.find((s) => s.id === senderId) ?? senders[0]
    const missing: OptInMissing[] = []
    if (!sender) missing.push('sender')
    if (shopName === '') missing.push('shop_name')
    if (!sender || missing.length > 0) return { ready: false as const, senders, missing }
    return {
      ready: true as const,
      senders,
      senderId: sender.id,
      phone: sender.phone,
      shopName,
      text: optInText(shopName, language),
      url: optInUrl(sender.phone, shopName, language),
    }
  }

  function ready(input: LinkInput) {
    const resolved = resolve(input)
    if (!resolved.ready) {
      throw invalidInput(
        resolved.missing.map((missing) => missingMessages[missing]).join(' '),
        resolved.missing.map((missing) => ({
          path: missing === 'sender' ? 'senderId' : 'shopName',
          message: 'missing',
        })),
      )
    }
    return resolved
  }

  const fileBase = (language: Language, kind: 'qr' | 'poster', shopName: string) =>
    downloadName(`${fileNames[language][kind]} — ${shopName}`, fileNames[language][kind])

  return {
    async link(input: LinkInput): Promise<OptInLink> {
      const resolved = resolve(input)
      if (!resolved.ready) return resolved
      return { ...resolved, qrSvg: await qrSvg(resolved.url) }
    },
    async png(input: LinkInput): Promise<BinaryDownload> {
      const { url, shopName } = ready(input)
      return {
        fileName: `${fileBase(input.language, 'qr', shopName)}.png`,
        mimeType: 'image/png',
        base64: (await qrPng(url)).toString('base64'),
      }
    },
    async poster(input: LinkInput & { size: PosterSize }): Promise<BinaryDownload> {
      const { url, shopName } = ready(input)
      const bytes = await posterPdf({
        size: input.size,
        language: input.language,
        shopName,
        url,
        at: new Date(clock.now()),
      })
      return {
        fileName: `${fileBase(input.language, 'poster', shopName)} ${input.size.toUpperCase()}.pdf`,
        mimeType: 'application/pdf',
        base64: Buffer.from(bytes).toString('base64'),
      }
    },
    previewWrote: (text: string): OptInMarkPlan =>
      planMarkWrote(db, text, options.defaultCountry()),
    markWrote: (text: string, language: Language): OptInMarkPlan =>
      markWrote(db, clock, { text, language, country: options.defaultCountry() }),
  }
}
export type OptInService = ReturnType<typeof createOptInService>
