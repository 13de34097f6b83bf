// Electron's fuses are flipped in the packaged binary by electron-builder (`electronFuses`), on
// the runners that package, never here: this reads the configuration through electron-builder's
// own code — its loader, its schema, and the translation it hands to @electron/fuses — and checks
// that nothing in the app still needs what the fuses take away.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { PlatformPackager, type Configuration, type FuseOptionsV1 } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

async function config(): Promise<Configuration> {
  return getConfig(root, join(root, 'electron-builder.yml'), null)
}

async function fuses(): Promise<FuseOptionsV1> {
  const c = await config()
  expect(c.electronFuses, 'an electronFuses block').toBeTruthy()
  return c.electronFuses ?? {}
}

/** What electron-builder hands to @electron/fuses' flipFuses right before signing. */
async function flipped(options: FuseOptionsV1): Promise<Record<string, unknown>> {
  // A private method of electron-builder 26's packager, called on its own: it reads only its
  // argument. If a new electron-builder renames it, this fails and the translation is re-checked.
  const packager = PlatformPackager.prototype as unknown as {
    generateFuseConfig(this: unknown, fuses: FuseOptionsV1): Promise<Record<string, unknown>>
  }
  return packager.generateFuseConfig.call({}, options)
}

/** The app's shipped source files (tests left out). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .filter((entry) => !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

describe("Electron's fuses in the packaged app", () => {
  it('are set as the shipped app needs them', async () => {
    expect(await fuses()).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    })
  })

  // Compiling electron-builder's schema takes seconds on a busy machine.
  it('pass electron-builder’s own schema, which refuses a misspelt fuse', async () => {
    const logger = new DebugLogger(false)
    const c = await config()
    await expect(validateConfiguration(c, logger)).resolves.toBe(undefined)
    // A misspelt fuse would otherwise be dropped without a word (the schema coerces 'false' to
    // false, but nothing else that is not a boolean).
    for (const wrong of [{ runAsNodes: false }, { runAsNode: 'off' }]) {
      const c2 = { ...c, electronFuses: { ...c.electronFuses, ...wrong } } as Configuration
      await expect(validateConfiguration(c2, logger)).rejects.toThrow(/electronFuses/)
    }
  }, 30_000)

  it('reach @electron/fuses as each fuse, flipped the way the app needs', async () => {
    expect(await flipped(await fuses())).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    })
  })

  it('check the asar the app is loaded from: packed, its integrity embedded, nothing else loaded', async () => {
    const c = await config()
    // Validation needs the hash electron-builder embeds for an asar (Info.plist on macOS, a
    // resource on Windows); without an asar or with that turned off, the app would not start.
    expect(c.asar).toBe(true)
    expect(c.disableAsarIntegrity ?? false).toBe(false)
    expect(c.electronFuses?.onlyLoadAppFromAsar).toBe(true)
    // Only the native SQLite module lives outside the archive (it cannot be loaded from inside).
    expect(c.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*'])
  })

  it('leave nothing in the app that runs Electron as Node or loads a page from file://', () => {
    // RunAsNode off breaks child_process.fork and ELECTRON_RUN_AS_NODE (utilityProcess.fork, which
    // runs the core, is Electron's own and needs no Node mode); without the file protocol's extra
    // privileges a file:// page would lose fetch and more (the page is app://).
    const offenders = sourceFiles(join(root, 'src'))
      .filter((file) =>
        /ELECTRON_RUN_AS_NODE|(?<!utilityProcess\.)\bfork\(|\.loadFile\(/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => relative(root, file))
    expect(offenders).toEqual([])
  })
})
