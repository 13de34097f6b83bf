import { useState } from 'react'

/**
 * Runs a call a modal (or form) is waiting on: whether it is running, and what it last threw,
 * kept as thrown so that it is put into words in the language shown when it is shown.
 */
export function useAsyncAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setError(undefined)
    try {
      await action()
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  return { busy, error, run }
}
