// A template header's file: handed over by the composer piece by piece, judged (kind, type, size,
// its first bytes), kept once per number in `cloud_media`, and uploaded through Meta's media
// endpoint once — before a campaign's first send, not per message. Its media id is reused until
// Meta's 30-day lifetime nears its end or Meta says the id is unknown; then the kept file goes up
// again. A bad file is refused with its reason and nothing already kept is touched.
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import {
  mediaIdLifetimeMs,
  mediaRules,
  type MediaFile,
  type MediaFileProblem,
  type MediaKind,
  type mediaChunkSchema,
  type mediaCreateSchema,
} from '../../../shared/template-parts'
import { createUploadStore } from '../contacts/import/upload-store'
import { CoreError, notFound } from '../errors'
import type { Clock } from '../time/clock'
import type { CloudClient } from './cloud-client'

/** Uploaded again a day before Meta's 30 days run out, so no send meets an expired id. */
const refreshMarginMs = 24 * 60 * 60 * 1000

interface MediaRow {
  id: number
  kind: MediaKind
  mime: string
  file_name: string
  bytes: Buffer
  media_id: string | null
  uploaded_at: number | null
}

const megabytes = (bytes: number): number => Math.round(bytes / (1024 * 1024))

export function mediaProblem(problem: MediaFileProblem | 'not_kept', kind: MediaKind): CoreError {
  return new CoreError('media_file', `The header file cannot be used: ${problem}.`, undefined, {
    problem,
    kind,
    limitMb: megabytes(mediaRules[kind].maxBytes),
  })
}

/** The type a file's first bytes show (JPEG, PNG, MP4/3GPP, PDF), or null. */
export function sniffMime(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'
  // ISO base media: a box size, then "ftyp" and the brand ("3gp…" for 3GPP).
  if (bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70) {
    return bytes[8] === 0x33 && bytes[9] === 0x67 && bytes[10] === 0x70 ? 'video/3gpp' : 'video/mp4'
  }
  return null
}

export function createCloudMedia(options: { db: Database; clock: Clock; uploadDir: string }) {
  const { db, clock } = options
  const uploads = createUploadStore(options.uploadDir)
  const pending = new Map<string, { senderId: number; kind: MediaKind; fileName: string }>()
  const uploading = new Map<string, Promise<string>>()

  const rowOf = db.prepare<[number, string], MediaRow>(
    `SELECT id, kind, mime, file_name, bytes, media_id, uploaded_at FROM cloud_media
     WHERE sender_id = ? AND sha256 = ?`,
  )
  const anyRow = db.prepare<[string], MediaRow>(
    `SELECT id, kind, mime, file_name, bytes, media_id, uploaded_at FROM cloud_media
     WHERE sha256 = ? LIMIT 1`,
  )
  const insert = db.prepare(
    `INSERT INTO cloud_media (sender_id, sha256, kind, mime, file_name, bytes, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sender_id, sha256) DO NOTHING`,
  )
  const saveId = db.prepare<[string, number, number]>(
    'UPDATE cloud_media SET media_id = ?, uploaded_at = ? WHERE id = ?',
  )
  const dropId = db.prepare<[number, string]>(
    'UPDATE cloud_media SET media_id = NULL, uploaded_at = NULL WHERE sender_id = ? AND sha256 = ?',
  )

  /** The number's copy of a file; a file picked while another number was chosen is copied. */
  function kept(senderId: number, file: MediaFile): MediaRow {
    const own = rowOf.get(senderId, file.sha256)
    if (own) return own
    const other = anyRow.get(file.sha256)
    if (!other) throw mediaProblem('not_kept', file.kind)
    insert.run(
      senderId,
      file.sha256,
      other.kind,
      other.mime,
      other.file_name,
      other.bytes,
      clock.now(),
    )
    const copied = rowOf.get(senderId, file.sha256)
    if (!copied) throw mediaProblem('not_kept', file.kind)
    return copied
  }

  return {
    /** Judges the file by its announced type and size before any byte is sent. */
    create(input: z.output<typeof mediaCreateSchema>): { uploadId: string } {
      const rule = mediaRules[input.kind]
      if (input.size === 0) throw mediaProblem('empty', input.kind)
      if (input.size > rule.maxBytes) throw mediaProblem('too_big', input.kind)
      if (input.mime !== '' && !rule.mimes.includes(input.mime.toLowerCase())) {
        throw mediaProblem('wrong_type', input.kind)
      }
      const uploadId = randomBytes(16).toString('hex')
      uploads.create(uploadId, input.size)
      pending.set(uploadId, {
        senderId: input.senderId,
        kind: input.kind,
        fileName: input.fileName,
      })
      return { uploadId }
    },

    append(input: z.output<typeof mediaChunkSchema>): { received: number } {
      if (!pending.has(input.uploadId)) throw notFound('No such file being handed over.')
      return {
        received: uploads.append(input.uploadId, input.offset, Buffer.from(input.data, 'base64')),
      }
    },

    /** The whole file arrived: its first bytes must show an allowed type; then it is kept. */
    finish(uploadId: string): MediaFile {
      const upload = pending.get(uploadId)
      if (!upload) throw notFound('No such file being handed over.')
      try {
        if (!uploads.isComplete(uploadId)) throw mediaProblem('not_readable', upload.kind)
        const bytes = readFileSync(uploads.pathOf(uploadId))
        const mime = sniffMime(bytes)
        if (mime === null || !mediaRules[upload.kind].mimes.includes(mime)) {
          throw mediaProblem('wrong_type', upload.kind)
        }
        const sha256 = createHash('sha256').update(bytes).digest('hex')
        insert.run(upload.senderId, sha256, upload.kind, mime, upload.fileName, bytes, clock.now())
        return { sha256, kind: upload.kind, mime, fileName: upload.fileName, bytes: bytes.length }
      } finally {
        pending.delete(uploadId)
        uploads.remove(uploadId)
      }
    },

    /**
     * The media id to send with: the one Meta gave, while young enough; otherwise the kept file
     * is uploaded (once, here, before the sends) and its new id saved.
     */
    ensureUploaded(senderId: number, file: MediaFile, client: CloudClient): Promise<string> {
      const row = kept(senderId, file)
      const fresh =
        row.media_id !== null &&
        row.uploaded_at !== null &&
        clock.now() - row.uploaded_at < mediaIdLifetimeMs - refreshMarginMs
      if (fresh && row.media_id !== null) return Promise.resolve(row.media_id)
      // Sends running side by side that all find the id gone share one upload.
      const key = `${String(senderId)}:${file.sha256}`
      const running = uploading.get(key)
      if (running) return running
      const upload = client
        .uploadMedia(row.bytes, row.mime, row.file_name)
        .then((id) => {
          saveId.run(id, clock.now(), row.id)
          return id
        })
        .finally(() => uploading.delete(key))
      uploading.set(key, upload)
      return upload
    },

    /** The id the sends use now, or null when none was uploaded (or it was dropped). */
    mediaId(senderId: number, sha256: string): string | null {
      return rowOf.get(senderId, sha256)?.media_id ?? null
    },

    /** Meta said the id is unknown: the next ensureUploaded uploads the file again. */
    forget(senderId: number, sha256: string): void {
      dropId.run(senderId, sha256)
    },
  }
}
export type CloudMedia = ReturnType<typeof createCloudMedia>
