// Small node:http helpers: read a request body, answer JSON.

import type { IncomingMessage, ServerResponse } from 'node:http'

/** Bodies above this are refused: a template's document header may be 100 MB. */
const MAX_BODY_BYTES = 110 * 1024 * 1024

export function readBody(request: IncomingMessage): Promise<string> {
  return readBodyBytes(request).then((bytes) => bytes.toString('utf8'))
}

/** The body as bytes: a media upload is binary multipart, not text. */
export function readBodyBytes(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

export interface Reply {
  status: number
  body: unknown
  headers?: Record<string, string>
}

export function sendJson(response: ServerResponse, reply: Reply): void {
  const text = JSON.stringify(reply.body)
  response.writeHead(reply.status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    ...reply.headers,
  })
  response.end(text)
}

/** Node's headers with lists joined, as one string per lower-case name. */
export function flatHeaders(request: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}
