import { existsSync } from 'node:fs'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { trayIconFileName, trayIconPath, trayIconSize } from './tray-icon-path'

const root = join(__dirname, '../../..')

describe('the tray icon', () => {
  it('is read from the repository in an unpackaged run, and the file is there', () => {
    const path = trayIconPath({ packaged: false, resourcesPath: '/nowhere', appPath: root })
    expect(path).toBe(join(root, 'resources', 'icon.png'))
    expect(existsSync(path)).toBe(true)
  })

  it('is read beside app.asar in a packaged app, where electron-builder copies it', () => {
    expect(
      trayIconPath({ packaged: true, resourcesPath: '/opt/Rupor/resources', appPath: '/x' }),
    ).toBe(join('/opt/Rupor/resources', trayIconFileName))
    const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
    expect(config).toMatch(
      new RegExp(`extraResources:[\\s\\S]*from: resources/icon\\.png\\s+to: ${trayIconFileName}`),
    )
  })

  it('is small in every tray', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const)
      expect(trayIconSize(platform)).toBeLessThanOrEqual(22)
  })
})
