// The browser host's transport: `POST /api/<call>` with the page's token. The host answers with
// the result envelope even for 4xx, so the status code matters only when the body is not one.
import type { CallInput, CallName, CallOutput } from '../../../shared/api'
import { fail, type Result } from '../../../shared/result'
import { isResult } from './envelope'
import { createEventStream } from './event-stream'
import type { Transport } from './transport'

export interface HttpTransportOptions {
  token: string | undefined
  fetch: typeof fetch
  /** Where the API lives; the page's own origin by default. */
  baseUrl?: string
  retryDelays?: readonly number[]
}

export function createHttpTransport(options: HttpTransportOptions): Transport {
  const { token, baseUrl = '' } = options
  const authorization = { Authorization: `Bearer ${token ?? ''}` }
  const events = createEventStream({
    url: `${baseUrl}/api/events`,
    headers: authorization,
    fetch: options.fetch,
    ...(options.retryDelays && { retryDelays: options.retryDelays }),
  })

  return {
    async call<K extends CallName>(name: K, input: CallInput<K>) {
      if (!token) return noToken
      const response = await options.fetch(`${baseUrl}/api/${name}`, {
        method: 'POST',
        headers: { ...authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      })
      return (await readEnvelope(response)) as Result<CallOutput<K>>
    },
    onEvent: (listener) => events.subscribe(listener),
  }
}

const noToken = fail({
  code: 'forbidden',
  message: 'The page address carries no access token; open the link the host printed.',
})

async function readEnvelope(response: Response): Promise<Result<unknown>> {
  const body: unknown = await response.json().catch(() => undefined)
  if (isResult(body)) return body
  if (response.status === 401 || response.status === 403) {
    return fail({
      code: 'forbidden',
      message: `The host refused the request (${response.status}).`,
    })
  }
  throw new Error(`The host answered ${response.status} without a result envelope.`)
}
