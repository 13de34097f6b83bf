// The parts of a Cloud API template besides its text: what its header is (text, a file, a
// location) and its buttons, as Meta's template object describes them, and the file the owner
// picked for a media header. Kept apart from cloud-api.ts so both it and template-fill.ts can
// use them without a cycle.
import { z } from 'zod'

/**
 * A template header's `format` (Meta: "Template components", header: TEXT, IMAGE, VIDEO, GIF,
 * DOCUMENT or LOCATION — developers.facebook.com/documentation/business-messaging/whatsapp/
 * templates/components). 'none': no header; 'other': a format Rupor does not know.
 */
export const headerFormats = [
  'none',
  'text',
  'image',
  'video',
  'document',
  'location',
  'other',
] as const
export type HeaderFormat = (typeof headerFormats)[number]

/** The header formats whose file the owner picks and Rupor uploads. */
export const mediaKinds = ['image', 'video', 'document'] as const
export type MediaKind = (typeof mediaKinds)[number]
export const isMediaKind = (format: string): format is MediaKind =>
  (mediaKinds as readonly string[]).includes(format)

/**
 * The files Meta accepts per kind, and their largest size ("Supported media types":
 * developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media
 * — image jpeg/png 5 MB, video mp4/3gpp 16 MB, document 100 MB). A template's document header is
 * a PDF only (Meta's OpenAPI, DocumentParameter: "Only PDF documents are supported for
 * media-based message templates").
 */
export const mediaRules: Record<MediaKind, { mimes: readonly string[]; maxBytes: number }> = {
  image: { mimes: ['image/jpeg', 'image/png'], maxBytes: 5 * 1024 * 1024 },
  video: { mimes: ['video/mp4', 'video/3gpp'], maxBytes: 16 * 1024 * 1024 },
  document: { mimes: ['application/pdf'], maxBytes: 100 * 1024 * 1024 },
}

/** Meta: media ids returned by the upload endpoint expire after 30 days (same page). */
export const mediaIdLifetimeMs = 30 * 24 * 60 * 60 * 1000

/**
 * A button's kind as Meta names it in the template object (BUTTONS component). Rupor fills
 * quick replies, URL buttons and copy-code buttons, and sends phone-number buttons as they are;
 * any other kind (FLOW, CATALOG, MPM, OTP, …) it cannot fill.
 */
export const buttonKinds = ['quick_reply', 'url', 'copy_code', 'phone_number', 'other'] as const
export type ButtonKind = (typeof buttonKinds)[number]

export const templateButtonSchema = z
  .object({
    kind: z.enum(buttonKinds),
    /** Meta's own type, e.g. "FLOW", to name a button Rupor cannot fill. */
    metaType: z.string().max(40),
    text: z.string().max(100),
    /** A URL button's address; with {{1}} at its end when its suffix is sent with each message. */
    url: z.string().max(2000).nullable(),
    /** A URL button whose address ends in a variable: a value must be sent. */
    hasVariable: z.boolean(),
  })
  .strict()
export type TemplateButton = z.output<typeof templateButtonSchema>

export const mediaFileSchema = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    kind: z.enum(mediaKinds),
    mime: z.string().min(1).max(100),
    fileName: z.string().min(1).max(255),
    bytes: z.number().int().min(1),
  })
  .strict()
/** A file kept for a media header (cloud_media), as the composer shows it. */
export type MediaFile = z.output<typeof mediaFileSchema>
export const headerMediaSchema = mediaFileSchema

/** Starting to hand over a header's file: its name, type and size are judged before any byte. */
export const mediaCreateSchema = z
  .object({
    senderId: z.number().int().positive(),
    kind: z.enum(mediaKinds),
    fileName: z.string().trim().min(1).max(255),
    mime: z.string().trim().max(100),
    size: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31),
  })
  .strict()
export const mediaChunkSchema = z
  .object({
    uploadId: z.string().regex(/^[0-9a-f]{32}$/),
    offset: z.number().int().min(0),
    /** Base64 of at most 4 MiB. */
    data: z.string().max(6_000_000),
  })
  .strict()
export const mediaFinishSchema = z.object({ uploadId: z.string().regex(/^[0-9a-f]{32}$/) }).strict()

/** Why a file cannot be a header: the wrong type, too big, empty, or not what its name says. */
export const mediaFileProblems = ['wrong_type', 'too_big', 'empty', 'not_readable'] as const
export type MediaFileProblem = (typeof mediaFileProblems)[number]
