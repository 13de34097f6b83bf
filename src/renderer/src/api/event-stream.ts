// Core events over HTTP: `GET /api/events` read with fetch, because EventSource cannot send the
// Authorization header. One stream is shared by all listeners, opened for the first and closed
// after the last; a dropped stream is reopened with a growing pause.
import type { EventMessage } from '../../../shared/api'
import { isEventMessage } from './envelope'
import { createSseParser } from './sse-parser'

type Listener = (message: EventMessage) => void

export interface EventStreamOptions {
  url: string
  headers: Record<string, string>
  fetch: typeof fetch
  /** Pauses before reconnecting, in ms; the last one repeats. */
  retryDelays?: readonly number[]
}

const defaultRetryDelays = [500, 1000, 2000, 5000, 10_000]

export function createEventStream(options: EventStreamOptions) {
  const listeners = new Set<Listener>()
  let controller: AbortController | undefined

  const deliver = (data: string) => {
    let message: unknown
    try {
      message = JSON.parse(data)
    } catch {
      return
    }
    if (!isEventMessage(message)) return
    for (const listener of listeners) listener(message)
  }

  const run = async (signal: AbortSignal) => {
    const delays = options.retryDelays ?? defaultRetryDelays
    let failures = 0
    while (!signal.aborted) {
      try {
        const response = await options.fetch(options.url, { headers: options.headers, signal })
        // A refused token will not become valid by asking again.
        if (response.status === 401 || response.status === 403) return
        if (response.ok && response.body) {
          failures = 0
          await readAll(response.body, createSseParser(deliver).push)
        }
      } catch {
        // Dropped or never opened: fall through to the pause below.
      }
      const delay = delays[Math.min(failures, delays.length - 1)] ?? 1000
      failures += 1
      await sleep(delay, signal)
    }
  }

  return {
    subscribe(listener: Listener): () => void {
      listeners.add(listener)
      if (!controller) {
        controller = new AbortController()
        void run(controller.signal)
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) {
          controller?.abort()
          controller = undefined
        }
      }
    },
  }
}

async function readAll(body: ReadableStream<Uint8Array>, push: (chunk: string) => void) {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return
    push(decoder.decode(value, { stream: true }))
  }
}

function sleep(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve) => {
    const wake = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', wake)
      resolve()
    }
    const timer = setTimeout(wake, ms)
    signal.addEventListener('abort', wake)
  })
}
