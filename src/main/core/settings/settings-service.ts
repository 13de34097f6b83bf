import type { Settings, SettingsPatch } from '../../../shared/settings'
import type { EventBus } from '../event-bus'
import type { Clock } from '../time/clock'
import type { SettingsRepository } from './settings-repository'

export function createSettingsService(repo: SettingsRepository, clock: Clock, events: EventBus) {
  return {
    get: (): Settings => repo.read(),
    update(patch: SettingsPatch): Settings {
      repo.write(patch, clock.now())
      const settings = repo.read()
      events.emit('settings.changed', settings)
      return settings
    },
  }
}
export type SettingsService = ReturnType<typeof createSettingsService>
