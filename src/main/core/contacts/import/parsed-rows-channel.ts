import type { MessagePort } from 'node:worker_threads'
import { FileProblemError } from './file-problem'
import type { ImportJob } from './import-job'
import { parsedRows, type ParsedItem } from './parsed-rows'
import {
  fromParserSchema,
  toParserSchema,
  type FromParser,
  type ToParser,
} from './parsed-rows-messages'

/** Batches the parser may post before the writer has taken them: enough to keep both busy. */
const inFlight = 4

/**
 * The parser thread's end: reads the file (parsed-rows.ts) and posts what it reads to the writer,
 * never more than `inFlight` batches ahead of it, then says how the reading ended. Stops when the
 * writer's end closes (its import ended: done, cancelled or failed).
 */
export async function postParsedRows(port: MessagePort, job: ImportJob): Promise<void> {
  const controller = new AbortController()
  let credits = inFlight
  let wake: (() => void) | undefined
  const resume = (): void => {
    wake?.()
    wake = undefined
  }
  port.on('message', (raw: unknown) => {
    if (!toParserSchema.safeParse(raw).success) return
    credits += 1
    resume()
  })
  port.once('close', () => {
    controller.abort()
    resume()
  })
  const post = (message: FromParser): void => port.postMessage(message)
  try {
    for await (const item of parsedRows(job, controller.signal)) {
      while (credits <= 0 && !controller.signal.aborted) {
        await new Promise<void>((resolve) => (wake = resolve))
      }
      controller.signal.throwIfAborted()
      credits -= 1
      post(item)
    }
    post({ kind: 'end' })
  } catch (error) {
    if (!controller.signal.aborted) {
      post({
        kind: 'failed',
        fileProblem:
          error instanceof FileProblemError ? { code: error.code, line: error.line } : null,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      })
    }
  } finally {
    port.close()
  }
}

/** The parser stopped without saying how the reading ended (its thread died). */
export class ParserStopped extends Error {
  constructor() {
    super('The thread reading the file stopped before the end of the file.')
    this.name = 'ParserStopped'
  }
}

/**
 * The writer's end: what the parser reads, in order, as it arrives; each batch taken lets the
 * parser post one more. Ends with the file, or throws the parser's failure (a FileProblemError for
 * a problem with the file), or ParserStopped when its thread went without a word, or the
 * signal's reason when it aborts (a cancel).
 */
export async function* parsedRowsFrom(
  port: MessagePort,
  signal: AbortSignal,
): AsyncGenerator<ParsedItem> {
  const arrived: FromParser[] = []
  // Set by the port's events while the loop below waits.
  const channel = { closed: false }
  let wake: (() => void) | undefined
  const resume = (): void => {
    wake?.()
    wake = undefined
  }
  port.on('message', (raw: unknown) => {
    const message = fromParserSchema.safeParse(raw)
    // Anything else cannot be taken for the file's rows: the reading is cut short, and fails.
    arrived.push(
      message.success
        ? message.data
        : {
            kind: 'failed',
            fileProblem: null,
            message: 'The parser thread said something unexpected.',
          },
    )
    resume()
  })
  port.once('close', () => {
    channel.closed = true
    resume()
  })
  // A cancel while waiting for the next batch is heard at once.
  signal.addEventListener('abort', resume, { once: true })
  try {
    for (;;) {
      signal.throwIfAborted()
      const next = arrived.shift()
      if (next === undefined) {
        if (channel.closed) throw new ParserStopped()
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      if (next.kind === 'end') return
      if (next.kind === 'failed') {
        if (next.fileProblem)
          throw new FileProblemError(next.fileProblem.code, next.fileProblem.line)
        throw new Error(next.message)
      }
      port.postMessage({ kind: 'more' } satisfies ToParser)
      yield next
    }
  } finally {
    signal.removeEventListener('abort', resume)
    port.close()
  }
}
