import { useState } from 'react'

/**
 * Runs one of several calls a card or form is waiting on: which one is running (so that its button
 * spins and the others wait), and what the last one threw, kept as thrown so that it is put into
 * words in the language shown when it is shown.
 */
export function useKeyedAction<Key extends string>() {
  const [busy, setBusy] = useState<Key>()
  const [error, setError] = useState<unknown>()

  const run = async (key: Key, action: () => Promise<void>) => {
    setBusy(key)
    setError(undefined)
    try {
      await action()
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(undefined)
    }
  }

  return { busy, error, run }
}

/** The same for a single call a modal (or form) is waiting on: whether it is running. */
export function useAsyncAction() {
  const { busy, error, run } = useKeyedAction<'action'>()
  return {
    busy: busy !== undefined,
    error,
    run: (action: () => Promise<void>) => run('action', action),
  }
}
