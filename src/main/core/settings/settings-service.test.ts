import { describe, expect, it } from 'vitest'
import type { EventMessage } from '../../../shared/api'
import { defaultSettings, settingsPatchSchema, type Settings } from '../../../shared/settings'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'

describe('settings', () => {
  const tempDir = useTempDir()

  it('starts from the defaults: system language, Russia, no shop name, broadcasts only with consent', () => {
    const { core } = createTestCore(tempDir())
    expect(core.handlers['settings.get']({})).toEqual(defaultSettings)
    expect(defaultSettings.broadcastWithoutConsent).toBe(false)
    core.close()
  })

  it('keeps a saved change in the database file across a restart', async () => {
    const dir = tempDir()
    const first = createTestCore(dir).core
    await first.handlers['settings.update']({
      language: 'en',
      shopName: 'Цветы у дома',
      broadcastWithoutConsent: true,
    })
    first.close()

    const second = createTestCore(dir).core
    expect(second.handlers['settings.get']({})).toEqual({
      language: 'en',
      defaultCountry: 'RU',
      shopName: 'Цветы у дома',
      broadcastWithoutConsent: true,
      usesWebAnalytics: false,
      notificationsShowNames: false,
    })
    second.close()
  })

  it('changes only the fields given and tells listeners the new settings', async () => {
    const { core } = createTestCore(tempDir())
    const heard: EventMessage[] = []
    core.events.subscribe((message) => heard.push(message))
    await core.handlers['settings.update']({ defaultCountry: 'KZ' })
    const after = await core.handlers['settings.update']({ language: null })
    expect(after).toEqual({ ...defaultSettings, defaultCountry: 'KZ' })
    expect(heard.map((m) => m.name)).toEqual(['settings.changed', 'settings.changed'])
    expect(heard[1]?.payload).toEqual(after)
    core.close()
  })

  it('asks about web analytics: no until the owner says yes, kept across a restart, no migration', async () => {
    const dir = tempDir()
    const first = createTestCore(dir).core
    expect((await callCore<Settings>(first, 'settings.get', {})).usesWebAnalytics).toBe(false)
    await callCore(first, 'settings.update', { usesWebAnalytics: true })
    first.close()
    const second = createTestCore(dir).core
    expect((await callCore<Settings>(second, 'settings.get', {})).usesWebAnalytics).toBe(true)
    second.close()
  })

  it('refuses an answer that is not yes or no, and keeps the one before', async () => {
    expect(settingsPatchSchema.safeParse({ usesWebAnalytics: 'да' }).success).toBe(false)
    expect(settingsPatchSchema.safeParse({ usesWebAnalytics: null }).success).toBe(false)
    const { core } = createTestCore(tempDir())
    await expect(callCore(core, 'settings.update', { usesWebAnalytics: 1 })).rejects.toMatchObject({
      error: { code: 'invalid_input' },
    })
    expect((await callCore<Settings>(core, 'settings.get', {})).usesWebAnalytics).toBe(false)
    core.close()
  })
})
