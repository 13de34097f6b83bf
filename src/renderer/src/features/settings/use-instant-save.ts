import { useState } from 'react'
import type { Settings, SettingsPatch } from '../../../../shared/settings'
import { useApi } from '../../api/api-context'

/**
 * For a setting saved the moment it is picked: shows the picked `value` while it is saved, then
 * hands the saved settings on; a failure is kept for the card to explain.
 */
export function useInstantSave<T>(onSaved: (settings: Settings) => void) {
  const api = useApi()
  const [pending, setPending] = useState<T | undefined>()
  const [error, setError] = useState<unknown>()

  const save = async (value: T, patch: SettingsPatch): Promise<void> => {
    setPending(value)
    setError(undefined)
    try {
      onSaved(await api.call('settings.update', patch))
    } catch (failure) {
      setError(failure)
    } finally {
      setPending(undefined)
    }
  }
  return { pending, error, save }
}
