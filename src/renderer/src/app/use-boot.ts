import { useCallback, useEffect, useState } from 'react'
import { useApi } from '../api/api-context'
import { applyLanguageSetting, systemTextsReady, wantedLanguage } from '../i18n'
import { TextsUnavailable } from '../i18n/texts-unavailable'

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
        // The shell's first frame is in the chosen language, its texts fetched first; if they
        // cannot be, the owner is told so (with a way to try again), never shown another language.
        try {
          await applyLanguageSetting(settings.language)
        } catch (error) {
          if (live)
            setState({
              status: 'failed',
              error: new TextsUnavailable(settings.language ?? wantedLanguage(), error),
            })
          return
        }
        if (live) setState({ status: 'ready' })
      },
      async (error: unknown) => {
        // The "cannot reach Rupor" page in the system language, if its texts can be had.
        await systemTextsReady().catch(() => undefined)
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
