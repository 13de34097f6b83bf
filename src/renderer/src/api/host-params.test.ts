import { describe, expect, it, vi } from 'vitest'
import { parseFragment, takeHostParams } from './host-params'

const page = (hash: string, stored: Record<string, string> = {}) => {
  const storage = new Map(Object.entries(stored))
  return {
    location: { hash, pathname: '/', search: '' },
    history: { state: null, replaceState: vi.fn() },
    sessionStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    },
    storage,
  }
}

describe('parseFragment', () => {
  it('reads the token and a known language', () => {
    expect(parseFragment('#token=abc&lang=en')).toEqual({ token: 'abc', language: 'en' })
  })

  it('drops an unknown language and an empty token', () => {
    expect(parseFragment('#token=&lang=de')).toEqual({ token: undefined, language: undefined })
  })
})

describe('takeHostParams', () => {
  it('wipes the fragment from the address bar and remembers it for a reload', () => {
    const first = page('#token=abc&lang=ru')
    expect(takeHostParams(first)).toEqual({ token: 'abc', language: 'ru' })
    expect(first.history.replaceState).toHaveBeenCalledWith(null, '', '/')

    const reloaded = page('', Object.fromEntries(first.storage))
    expect(takeHostParams(reloaded)).toEqual({ token: 'abc', language: 'ru' })
    expect(reloaded.history.replaceState).not.toHaveBeenCalled()
  })

  it('has no token when neither the fragment nor storage has one', () => {
    expect(takeHostParams(page('', { 'rupor.host': 'not json' }))).toEqual({
      token: undefined,
      language: undefined,
    })
  })
})
