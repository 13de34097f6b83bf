// Hands a template header's file to the core piece by piece, as the contact import does (the API
// carries JSON, so each piece travels as base64): the core judges its type and size first, keeps
// it for the number, and uploads it to Meta only when the campaign starts.
import type { MediaFile, MediaKind } from '../../../../shared/template-parts'
import { mediaRules } from '../../../../shared/template-parts'
import type { ApiClient } from '../../api/client'
import { bytesToBase64, chunkRanges } from '../import/upload-file'

/** The picker's filter for a header of this kind: the types Meta takes for it. */
export const acceptFor = (kind: MediaKind): string => mediaRules[kind].mimes.join(',')

/** Why a file cannot be this header, judged before any byte is sent; null: it may be. */
export function headerFileProblem(
  file: Pick<File, 'type' | 'size'>,
  kind: MediaKind,
): 'wrong_type' | 'too_big' | 'empty' | null {
  const rule = mediaRules[kind]
  if (file.size === 0) return 'empty'
  if (file.type !== '' && !rule.mimes.includes(file.type.toLowerCase())) return 'wrong_type'
  if (file.size > rule.maxBytes) return 'too_big'
  return null
}

export async function uploadHeaderFile(
  api: Pick<ApiClient, 'call'>,
  senderId: number,
  kind: MediaKind,
  file: File,
  onProgress: (sent: number) => void,
): Promise<MediaFile> {
  const { uploadId } = await api.call('cloud.mediaCreate', {
    senderId,
    kind,
    fileName: file.name,
    mime: file.type,
    size: file.size,
  })
  for (const { start, end } of chunkRanges(file.size)) {
    const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer())
    await api.call('cloud.mediaAppend', { uploadId, offset: start, data: bytesToBase64(bytes) })
    onProgress(end)
  }
  return api.call('cloud.mediaFinish', { uploadId })
}
