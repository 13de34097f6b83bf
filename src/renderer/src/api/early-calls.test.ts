import { describe, expect, it, vi } from 'vitest'
import type { EventMessage } from '../../../shared/api'
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

  it('never hands on a failed early answer: the call asks the core anew', async () => {
    let fail = true
    const call = vi.fn(() =>
      fail ? Promise.reject(new Error('unreachable')) : Promise.resolve({ answer: 'now' }),
    )
    const early = withEarlyCalls({ call, onEvent: () => () => undefined } as unknown as ApiClient)
    early.askEarly('settings.get', {})
    fail = false
    expect(await early.call('settings.get', {})).toEqual({ answer: 'now' })
    expect(call).toHaveBeenCalledTimes(2)
  })

  it('forgets every early answer once one fails, so "Try again" asks anew', async () => {
    let settingsFail = true
    let pages = 0
    const call = vi.fn((name: string) =>
      name === 'settings.get' && settingsFail
        ? Promise.reject(new Error('unreachable'))
        : Promise.resolve({ page: (pages += 1) }),
    )
    const early = withEarlyCalls({ call, onEvent: () => () => undefined } as unknown as ApiClient)
    early.askEarly('settings.get', {})
    early.askEarly('contacts.query', page)
    await Promise.allSettled(call.mock.results.map((result) => result.value as Promise<unknown>))
    settingsFail = false
    // The boot failed, the owner tries again: the book's page is asked now, not taken from before.
    expect(await early.call('contacts.query', page)).toEqual({ page: 2 })
  })

  it('drops an early page that a change made while the page was starting may have outdated', async () => {
    let name = 'Anna Old'
    const listeners: ((message: EventMessage) => void)[] = []
    const call = vi.fn(() => Promise.resolve({ rows: [name] }))
    const onEvent = vi.fn((listener: (message: EventMessage) => void) => {
      listeners.push(listener)
      return () => undefined
    })
    const early = withEarlyCalls({ call, onEvent } as unknown as ApiClient)
    early.askEarly('settings.get', {})
    early.askEarly('contacts.query', page)
    // Listening starts with the early calls, before the app has mounted and subscribed.
    expect(onEvent).toHaveBeenCalledTimes(1)
    // A rename in another window, before the book subscribes to events.
    name = 'Anna NEW'
    for (const listener of listeners)
      listener({ name: 'contacts.changed', payload: {} } as EventMessage)
    expect(await early.call('contacts.query', page)).toEqual({ rows: ['Anna NEW'] })
    // The settings are not touched by a contact's change: their early answer is still used.
    await early.call('settings.get', {})
    expect(call).toHaveBeenCalledTimes(3)
  })

  it('drops the early settings when the settings change, and any early answer on an unknown kind of event', async () => {
    const listeners: ((message: EventMessage) => void)[] = []
    let asked = 0
    const call = vi.fn(() => Promise.resolve({ answer: (asked += 1) }))
    const onEvent = (listener: (message: EventMessage) => void) => {
      listeners.push(listener)
      return () => undefined
    }
    const early = withEarlyCalls({ call, onEvent } as unknown as ApiClient)
    early.askEarly('settings.get', {})
    early.askEarly('contacts.tags', {})
    for (const listener of listeners)
      listener({ name: 'settings.changed', payload: {} } as EventMessage)
    expect(await early.call('settings.get', {})).toEqual({ answer: 3 })
    expect(await early.call('contacts.tags', {})).toEqual({ answer: 4 })
  })
})
