import type { IncomingMessage } from 'node:http'

export class BodyError extends Error {}

/** Reads a JSON request body up to `limit` bytes. An empty body is `{}`. */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new BodyError(`The request body is larger than ${limit} bytes.`)
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (text === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BodyError('The request body is not valid JSON.')
  }
}
