// The app updates itself from GitHub releases (electron-updater). What it reads is what
// electron-builder writes from `publish`: app-update.yml inside the app and latest*.yml beside the
// installers. Packaging cannot run here, so this checks the configuration that decides them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
}

async function config() {
  return getConfig(root, join(root, 'electron-builder.yml'), null)
}

const targetsOf = (platform: unknown): { target: string; arch: string[] }[] =>
  (Array.isArray(platform) ? platform : [platform]).map((t: unknown) =>
    typeof t === 'string'
      ? { target: t, arch: [] }
      : {
          target: (t as { target: string }).target,
          arch: [(t as { arch?: string | string[] }).arch ?? []].flat(),
        },
  )

describe('electron-builder publish configuration (updates)', () => {
  it('publishes to one GitHub repository, named by owner and repo', async () => {
    const c = await config()
    const publish = [c.publish ?? []].flat()
    expect(publish).toHaveLength(1)
    expect(publish[0]).toMatchObject({ provider: 'github', owner: 'rupor-app', repo: 'rupor' })
    // Nothing secret lives in the file: a token comes from the environment, if ever.
    expect(JSON.stringify(publish)).not.toMatch(/token/i)
  })

  it('ships electron-updater with the app (a production dependency, not a dev one)', () => {
    expect(Object.keys(pkg.dependencies)).toContain('electron-updater')
  })

  it('builds on each system a target electron-updater can update from', async () => {
    const c = await config()
    // Windows: NSIS; Linux: AppImage. macOS: Squirrel.Mac installs from a zip (the dmg is for
    // the first install), for both processors, or there is no latest-mac.yml.
    expect(targetsOf(c.win?.target).map((t) => t.target)).toContain('nsis')
    expect(targetsOf(c.linux?.target).map((t) => t.target)).toContain('AppImage')
    const mac = targetsOf(c.mac?.target)
    const dmg = mac.find((t) => t.target === 'dmg')
    const zip = mac.find((t) => t.target === 'zip')
    expect(zip, 'a mac zip for the updater').toBeDefined()
    expect(new Set(zip?.arch)).toEqual(new Set(dmg?.arch))
  })

  it('names the mac zip by its processor, which is how the updater picks arm64 or x64', async () => {
    const c = await config()
    expect(c.mac?.artifactName).toContain('${arch}')
    // The dmg keeps its own name (what the README and the release page show).
    expect(c.dmg?.artifactName).toBe('Rupor-${version}-${arch}.${ext}')
  })
})
