import { describe, expect, it } from 'vitest'
import { fail, ok } from '../../../shared/result'
import { defaultSettings } from '../../../shared/settings'
import { createClient } from './client'
import { ApiCallError, UnreachableError } from './errors'
import type { Transport } from './transport'

const transportAnswering = (answer: () => Promise<unknown>): Transport => ({
  call: answer as Transport['call'],
  onEvent: () => () => undefined,
})

describe('createClient', () => {
  it('unwraps a successful result', async () => {
    const client = createClient(transportAnswering(() => Promise.resolve(ok(defaultSettings))))
    await expect(client.call('settings.get', {})).resolves.toEqual(defaultSettings)
  })

  it('throws an ApiCallError with the code and issues of a failed result', async () => {
    const issues = [{ path: 'shopName', message: 'Too long' }]
    const client = createClient(
      transportAnswering(() =>
        Promise.resolve(fail({ code: 'invalid_input', message: 'Bad.', issues })),
      ),
    )
    const error: unknown = await client.call('settings.update', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiCallError)
    expect(error).toMatchObject({ code: 'invalid_input', message: 'Bad.', issues, details: {} })
  })

  it('keeps the details a message can use', async () => {
    const details = { problem: 'unbalanced_quote', line: 12 }
    const client = createClient(
      transportAnswering(() =>
        Promise.resolve(fail({ code: 'file_problem', message: 'Bad file.', details })),
      ),
    )
    await expect(client.call('app.info', {})).rejects.toMatchObject({ details })
  })

  it('throws an UnreachableError when the transport itself fails', async () => {
    const client = createClient(transportAnswering(() => Promise.reject(new TypeError('offline'))))
    await expect(client.call('app.info', {})).rejects.toBeInstanceOf(UnreachableError)
  })
})
