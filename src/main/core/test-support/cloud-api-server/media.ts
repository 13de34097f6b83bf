// `POST /{v}/{pnid}/media`: a file uploaded as multipart form data (file, type,
// messaging_product=whatsapp) answered with {"id": "<MEDIA_ID>"} — Meta's "Media" page,
// developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media,
// and the OpenAPI's uploadImage. Ids are kept so a template send can name one; `expireAll`
// plays Meta's 30-day lifetime running out.

import { graphError } from './error-catalogue'
import type { Reply } from './http-io'
import { newNumericId } from './ids'

/** Meta's "Supported media types" for the kinds a template header can carry, with their limits. */
export const SUPPORTED_MEDIA: Readonly<Record<string, number>> = {
  'image/jpeg': 5 * 1024 * 1024,
  'image/png': 5 * 1024 * 1024,
  'video/mp4': 16 * 1024 * 1024,
  'video/3gpp': 16 * 1024 * 1024,
  'application/pdf': 100 * 1024 * 1024,
}

export interface UploadedMedia {
  id: string
  mime: string
  fileName: string
  bytes: number
  at: number
}

export class MediaStore {
  private readonly media = new Map<string, UploadedMedia>()
  readonly uploads: UploadedMedia[] = []

  add(media: Omit<UploadedMedia, 'id'>): UploadedMedia {
    const stored = { ...media, id: newNumericId() }
    this.media.set(stored.id, stored)
    this.uploads.push(stored)
    return stored
  }

  find(id: string): UploadedMedia | undefined {
    return this.media.get(id)
  }

  /** Every id Meta gave is forgotten, as after its 30 days. */
  expireAll(): void {
    this.media.clear()
  }
}

/**
 * Meta's refusal of a file type it does not take: "(#100) Param file must be a file with one of
 * the following types: …. Received file of type '…'." (the wording developers quote from Meta's
 * answers; the list here is the template-header types).
 */
const wrongType = (received: string): Reply =>
  graphError(100, {
    title: 'Invalid parameter',
    details: `Param file must be a file with one of the following types: ${Object.keys(SUPPORTED_MEDIA).join(', ')}. Received file of type '${received}'.`,
  })

export function uploadMedia(
  store: MediaStore,
  rawBody: Buffer,
  contentType: string | undefined,
  now: number,
): Reply {
  if (!(contentType ?? '').toLowerCase().startsWith('multipart/form-data')) {
    return graphError(100, { details: 'The media upload must be sent as multipart/form-data.' })
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '')
  const parts = readMultipart(rawBody, boundary?.[1] ?? boundary?.[2] ?? '')
  if (parts === null) return graphError(100, { details: 'The multipart body could not be read.' })
  const field = (name: string) => parts.find((part) => part.name === name)
  if (field('messaging_product')?.data.toString('utf8') !== 'whatsapp') {
    return graphError(100, {
      details: "The parameter messaging_product is required and must be 'whatsapp'.",
    })
  }
  const file = field('file')
  if (file?.fileName === undefined) {
    return graphError(131008, { details: 'The parameter file is required.' })
  }
  const type = field('type')?.data.toString('utf8') ?? ''
  const mime = (type !== '' ? type : file.type).toLowerCase()
  const limit = SUPPORTED_MEDIA[mime]
  if (limit === undefined) return wrongType(mime === '' ? 'application/octet-stream' : mime)
  const size = file.data.length
  if (size === 0) return graphError(131053, { details: 'The uploaded file is empty.' })
  if (size > limit) {
    return graphError(131053, {
      details: `The file is ${String(size)} bytes; ${mime} may be at most ${String(limit / (1024 * 1024))} MB.`,
    })
  }
  const stored = store.add({ mime, fileName: file.fileName, bytes: size, at: now })
  return { status: 200, body: { id: stored.id } }
}

interface Part {
  name: string
  fileName: string | undefined
  type: string
  data: Buffer
}

/** The parts of a multipart/form-data body (RFC 7578); null when it is not one. */
function readMultipart(body: Buffer, boundary: string): Part[] | null {
  if (boundary === '') return null
  const delimiter = Buffer.from(`--${boundary}`)
  const parts: Part[] = []
  let at = body.indexOf(delimiter)
  if (at < 0) return null
  for (;;) {
    const start = at + delimiter.length
    // "--" right after a delimiter closes the body.
    if (body.subarray(start, start + 2).toString('latin1') === '--') return parts
    const next = body.indexOf(delimiter, start)
    if (next < 0) return null
    // Each part: CRLF, its headers, a blank line, its bytes, CRLF before the next delimiter.
    const part = body.subarray(start + 2, next - 2)
    const split = part.indexOf('\r\n\r\n')
    if (split < 0) return null
    const headers = part.subarray(0, split).toString('utf8')
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? ''
    parts.push({
      name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '',
      fileName: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
      type: /content-type:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim() ?? '',
      data: part.subarray(split + 4),
    })
    at = next
  }
}
