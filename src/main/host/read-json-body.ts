import type { IncomingMessage } from 'node:http'

/** Why a body was refused, with the HTTP status that says so. */
export type BodyProblem = 'too_large' | 'not_json' | 'wrong_type'

export class BodyError extends Error {
  constructor(
    readonly problem: BodyProblem,
    message: string,
  ) {
    super(message)
    this.name = 'BodyError'
  }
}

/**
 * Reads a JSON request body up to `limit` bytes. An empty body is `{}`; a non-empty one must be
 * declared JSON, so an HTML form (which cannot send that type) never reaches a call. A body over
 * the limit is refused as soon as it passes it — by its Content-Length before any byte is read.
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const tooLarge = new BodyError('too_large', `The request body is larger than ${limit} bytes.`)
  if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge
  const text = (await readText(request, limit, tooLarge)).trim()
  if (text === '') return {}
  if (!isJsonType(request.headers['content-type'])) {
    throw new BodyError(
      'wrong_type',
      'The request body must be JSON (Content-Type: application/json).',
    )
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BodyError('not_json', 'The request body is not valid JSON.')
  }
}

function readText(request: IncomingMessage, limit: number, tooLarge: BodyError): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= limit) {
        chunks.push(chunk)
        return
      }
      request.off('data', onData)
      reject(tooLarge)
    }
    request.on('data', onData)
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.once('error', reject)
  })
}

/** Reads and drops the rest of a refused body, up to `cap` bytes, past which the connection is cut. */
export function discardRest(request: IncomingMessage, cap: number): void {
  let dropped = 0
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length
    if (dropped > cap) request.destroy()
  })
  request.resume()
}

function isJsonType(contentType: string | undefined): boolean {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase()
  return essence === 'application/json'
}
