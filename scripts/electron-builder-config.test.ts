// The installers are built on CI runners of each system (.github/workflows/release.yml), never
// here: this checks their configuration is one electron-builder itself accepts, and that what it
// names exists and fits the app.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  productName: string
  main: string
  version: string
  dependencies: Record<string, string>
}

async function config() {
  return getConfig(root, join(root, 'electron-builder.yml'), null)
}

/** The PNG's size from its header (IHDR). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

// electron-builder compiles its JSON schema on first use: seconds on a loaded 2-core machine.
describe('electron-builder configuration', { timeout: 30_000 }, () => {
  it('is valid by electron-builder’s own schema and checks', async () => {
    await expect(validateConfiguration(await config(), new DebugLogger(false))).resolves.toBe(
      undefined,
    )
  })

  it('names the app as the package does, with a reverse-DNS app id', async () => {
    const c = await config()
    expect(c.productName).toBe(pkg.productName)
    expect(c.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/)
  })

  it('builds an NSIS installer, a dmg (and the zip the updater needs), an AppImage and a deb', async () => {
    const c = await config()
    const targets = (platform: unknown): string[] =>
      (Array.isArray(platform) ? platform : [platform]).map((t: unknown) =>
        typeof t === 'string' ? t : (t as { target: string }).target,
      )
    expect(targets(c.win?.target)).toEqual(['nsis'])
    expect(targets(c.mac?.target)).toEqual(['dmg', 'zip'])
    expect(targets(c.linux?.target)).toEqual(['AppImage', 'deb'])
  })

  it('has every icon it names, in the sizes the systems need', async () => {
    const c = await config()
    const resources = c.directories?.buildResources ?? 'build'
    for (const icon of [c.win?.icon, c.mac?.icon, c.linux?.icon]) {
      expect(icon, 'an icon for each system').toBeTruthy()
      expect(existsSync(join(root, icon ?? '')), String(icon)).toBe(true)
      expect(icon?.startsWith(`${resources}/`)).toBe(true)
    }
    expect(pngSize(join(root, c.linux?.icon ?? ''))).toEqual({ width: 1024, height: 1024 })
    // ICO: a 256 px image inside (a 0 in its directory means 256); ICNS: its magic.
    const ico = readFileSync(join(root, c.win?.icon ?? ''))
    expect(ico.readUInt16LE(2)).toBe(1)
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] ?? -1)
    expect(sizes).toContain(0)
    expect(
      readFileSync(join(root, c.mac?.icon ?? ''))
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('icns')
  })

  it('packs the built app, and unpacks the native SQLite module from the asar', async () => {
    const c = await config()
    // electron-builder reads `files` into [{ filter: […] }].
    const files = [c.files ?? []]
      .flat()
      .flatMap((f) => (typeof f === 'string' ? [f] : [f.filter ?? []].flat()))
    expect(files).toContain('out/**/*')
    expect(pkg.main.startsWith('./out/')).toBe(true)
    expect(c.asar).toBe(true)
    expect(c.asarUnpack).toContain('node_modules/better-sqlite3/**/*')
    expect(Object.keys(pkg.dependencies)).toContain('better-sqlite3')
    // Rebuilt for Electron's ABI on the runner that packages.
    expect(c.npmRebuild).toBe(true)
  })

  it('is built by the release workflow on Windows, macOS and Linux when a version tag is pushed', () => {
    const workflow = readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8')
    expect(workflow).toMatch(/tags:\s*\n\s*- 'v\*'/)
    for (const runner of ['windows-latest', 'macos-latest', 'ubuntu-latest']) {
      expect(workflow).toContain(runner)
    }
    expect(workflow).toContain('npx electron-builder')
  })
})
