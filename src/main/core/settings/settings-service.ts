import type { Settings, SettingsPatch } from '../../../shared/settings'
import type { EventBus } from '../event-bus'
import type { Clock } from '../time/clock'
import type { SettingsRepository } from './settings-repository'

/**
 * The settings, read once and kept: every eligibility check asks for the consent policy and the
 * default country, and only this service writes them.
 */
export function createSettingsService(repo: SettingsRepository, clock: Clock, events: EventBus) {
  let current = repo.read()
  return {
    get: (): Settings => current,
    update(patch: SettingsPatch): Settings {
      repo.write(patch, clock.now())
      current = repo.read()
      events.emit('settings.changed', current)
      return current
    },
  }
}
export type SettingsService = ReturnType<typeof createSettingsService>
