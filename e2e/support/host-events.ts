import { get, type IncomingMessage } from 'node:http'
import type { HostProcess } from './host-process'

export interface HostEvent {
  name: string
  payload: unknown
}

export interface HostEventStream {
  /** Resolves with the first event (already seen or still to come) that matches. */
  next(matches: (event: HostEvent) => boolean): Promise<HostEvent>
  close(): void
}

interface Waiter {
  matches: (event: HostEvent) => boolean
  resolve: (event: HostEvent) => void
  reject: (error: Error) => void
}

/**
 * Listens to the host's event stream (GET /api/events, server-sent events) as the page does. The
 * stream ends by itself when the host dies; waiting after that rejects.
 */
export async function listenToHost(host: HostProcess): Promise<HostEventStream> {
  // node:http rather than fetch: fetch gives up on a body silent for 5 minutes, and a host busy
  // applying a big import sends nothing for that long.
  const request = get(`${host.origin}/api/events`, {
    headers: { Authorization: `Bearer ${host.token}` },
  })
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve)
    request.once('error', reject)
  })
  if (response.statusCode !== 200) throw new Error(`events: HTTP ${String(response.statusCode)}`)
  const seen: HostEvent[] = []
  const waiting = new Set<Waiter>()
  let ended: Error | undefined
  const endAll = (error: Error): void => {
    ended = error
    for (const waiter of waiting) waiter.reject(error)
    waiting.clear()
  }
  let buffer = ''
  response.setEncoding('utf8')
  response.on('data', (chunk: string) => {
    buffer += chunk
    let end
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      if (!block.startsWith('data: ')) continue
      const event = JSON.parse(block.slice(6)) as HostEvent
      seen.push(event)
      for (const waiter of waiting) {
        if (waiter.matches(event)) {
          waiting.delete(waiter)
          waiter.resolve(event)
        }
      }
    }
  })
  response.once('close', () => endAll(new Error('the host closed its event stream')))
  request.once('error', (error) => endAll(error))
  return {
    next(matches) {
      const found = seen.find(matches)
      if (found) return Promise.resolve(found)
      if (ended) return Promise.reject(ended)
      return new Promise((resolve, reject) => waiting.add({ matches, resolve, reject }))
    },
    close: () => request.destroy(),
  }
}
