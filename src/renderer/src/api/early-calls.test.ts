import { describe, expect, it, vi } from 'vitest'
import type { ApiClient } from './client'
import { withEarlyCalls } from './early-calls'

function countingClient() {
  let asked = 0
  const call = vi.fn(() => Promise.resolve({ answer: (asked += 1) }))
  const client = { call, onEvent: () => () => undefined } as unknown as ApiClient
  return { client, call }
}

const page = { search: '', sort: 'name', direction: 'asc', offset: 0, limit: 200 } as const

describe('withEarlyCalls', () => {
  it('hands the early answer to the first identical call instead of asking again', async () => {
    const { client, call } = countingClient()
    const early = withEarlyCalls(client)
    early.askEarly('contacts.query', page)
    expect(await early.call('contacts.query', { ...page })).toEqual({ answer: 1 })
    expect(call).toHaveBeenCalledTimes(1)
  })

  it('asks the core again for every later call, so a refresh never gets the old answer', async () => {
    const { client, call } = countingClient()
    const early = withEarlyCalls(client)
    early.askEarly('contacts.query', page)
    await early.call('contacts.query', page)
    expect(await early.call('contacts.query', page)).toEqual({ answer: 2 })
    expect(call).toHaveBeenCalledTimes(2)
  })

  it('drops the early answer when the first call asks for something else', async () => {
    const { client } = countingClient()
    const early = withEarlyCalls(client)
    early.askEarly('contacts.query', page)
    expect(await early.call('contacts.query', { ...page, search: 'Анна' })).toEqual({ answer: 2 })
    expect(await early.call('contacts.query', page)).toEqual({ answer: 3 })
  })

  it('passes a failed early answer to the call that takes it', async () => {
    const failing = {
      call: () => Promise.reject(new Error('unreachable')),
      onEvent: () => () => undefined,
    } as unknown as ApiClient
    const early = withEarlyCalls(failing)
    early.askEarly('settings.get', {})
    await expect(early.call('settings.get', {})).rejects.toThrow('unreachable')
  })
})
