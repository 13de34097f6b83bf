import { useCallback, useEffect, useState } from 'react'
import { useApi } from '../api/api-context'
import { applyLanguageSetting } from '../i18n'

type BootState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown }

/**
 * The first call of the page. It proves the core is reachable (and the token good) and brings the
 * language setting, which is applied before the shell's first frame.
 */
export function useBoot() {
  const api = useApi()
  const [state, setState] = useState<BootState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    api.call('settings.get', {}).then(
      async (settings) => {
        // The shell's first frame is in the chosen language (its texts fetched first if need be;
        // if they cannot be, in the language already shown).
        await applyLanguageSetting(settings.language).catch(() => undefined)
        if (live) setState({ status: 'ready' })
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error })
      },
    )
    return () => {
      live = false
    }
  }, [api, attempt])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])

  return { state, retry }
}
