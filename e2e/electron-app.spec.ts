import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test, _electron as electron } from '@playwright/test'
import { newDataDir } from './support/host-process'

/** The Electron binary, or why there is none (e.g. installed with ELECTRON_SKIP_BINARY_DOWNLOAD). */
function findElectron(): { path: string } | { missing: string } {
  try {
    const path = createRequire(__filename)('electron') as unknown
    if (typeof path === 'string' && existsSync(path)) return { path }
    return { missing: `the electron package points at ${String(path)}, which does not exist` }
  } catch (error) {
    return {
      missing: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    }
  }
}

const found = findElectron()
if ('missing' in found) {
  console.log(`[electron-app.spec] skipped: no Electron binary here (${found.missing}).`)
}

test('the desktop app opens its window with the shell and answers through the bridge', async () => {
  test.skip('missing' in found, 'the Electron binary is not installed on this machine')
  if (!('path' in found)) return
  const app = await electron.launch({
    executablePath: found.path,
    args: ['.'],
    env: { ...process.env, LANG: 'en_US.UTF-8', RUPOR_DATA_DIR: newDataDir() },
  })
  const window = await app.firstWindow()
  await expect(window.getByRole('navigation')).toBeVisible()
  const settings = await window.evaluate(() =>
    (window as unknown as { rupor: { call(n: string, i: unknown): Promise<unknown> } }).rupor.call(
      'settings.get',
      {},
    ),
  )
  expect(settings).toMatchObject({ ok: true, value: { defaultCountry: 'RU' } })
  const sandboxed = await window.evaluate(
    () => typeof (globalThis as { require?: unknown }).require,
  )
  expect(sandboxed).toBe('undefined')
  await app.close()
})
