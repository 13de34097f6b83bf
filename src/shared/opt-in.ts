// Customers who opt in by QR: a poster with a wa.me link that opens WhatsApp on the shop's number
// with a ready text, so the customer writes first; then the owner marks those who wrote by pasting
// their numbers.
import { z } from 'zod'
import type { RejectedNumber } from './opt-outs'
import { fileLanguageSchema } from './file-language'

export const posterSizes = ['a4', 'a5'] as const
export type PosterSize = (typeof posterSizes)[number]

/** Which number the poster opens (a sender's), and the poster's language. */
export const optInLinkSchema = z
  .object({
    /** The sender whose number the link opens; none: the first one. */
    senderId: z.number().int().positive().optional(),
    language: fileLanguageSchema,
  })
  .strict()
export type OptInLinkInput = z.input<typeof optInLinkSchema>

export const optInPosterSchema = optInLinkSchema.extend({ size: z.enum(posterSizes) }).strict()

/** What the page must say to fill in before there is a link. */
export const optInMissing = ['sender', 'shop_name'] as const
export type OptInMissing = (typeof optInMissing)[number]

export interface OptInSenderChoice {
  id: number
  label: string
  phone: string
}

export type OptInLink =
  | {
      ready: true
      senders: OptInSenderChoice[]
      senderId: number
      /** The shop's number the link opens, E.164. */
      phone: string
      shopName: string
      /** What the customer's WhatsApp will have typed: «Хочу получать новости «…»». */
      text: string
      url: string
      /** The QR of `url` as an SVG document, for the screen. */
      qrSvg: string
    }
  | { ready: false; senders: OptInSenderChoice[]; missing: OptInMissing[] }

/** Numbers of people who wrote after scanning, one or several per line, a name beside if known. */
export const optInWroteSchema = z
  .object({
    text: z.string().min(1).max(1_000_000),
    /** The language the consent source is written in («QR-код» / "QR code"). */
    language: fileLanguageSchema,
  })
  .strict()
export type OptInWroteInput = z.input<typeof optInWroteSchema>

export interface WrotePerson {
  e164: string
  /** The contact's name, or for a new contact the name it gets (the number if none was typed). */
  name: string
  /** The line of the pasted text it was on, from 1. */
  line: number
}

export interface WroteExisting extends WrotePerson {
  contactId: number
  /** Nothing would change: consent given, the number saved (yes/likely), already chats. */
  alreadyMarked: boolean
}

/**
 * What marking those who wrote does (preview) or did (outcome): the same shape, so the outcome
 * reads as the preview did.
 */
export interface OptInMarkPlan {
  /** In the book: consent given «QR-код», saved the number 'likely' (a 'yes' stays), chats. */
  existing: WroteExisting[]
  /** Not in the book: added as new contacts, marked the same way. */
  added: WrotePerson[]
  /** On the opt-out list: left opted out (an opt-out is for good; the card can re-subscribe). */
  optedOut: WrotePerson[]
  /** Withdrew consent: left as they are (the card can change it). */
  consentWithdrawn: WrotePerson[]
  /** Lines, or parts of them, that are not a phone number. */
  notNumbers: RejectedNumber[]
}
