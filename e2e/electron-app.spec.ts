// The real desktop app in Electron: the window, the bridge, and the shell's promises (no
// navigation away, no pop-ups, WhatsApp links only to the system, IPC only from the app's own
// page, the CSP). The same decisions are unit-tested in src/main/electron/*.test.ts; this runs
// them in Electron itself wherever its binary is installed.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  expect,
  test,
  _electron as electron,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { findElectronBinary } from './support/electron-binary'
import { newDataDir } from './support/host-process'

const found = findElectronBinary()
if ('missing' in found) {
  console.log(`[electron-app.spec] skipped: no Electron binary here (${found.missing}).`)
}
test.skip('missing' in found, 'the Electron binary is not installed on this machine')

/** What the tests leave on the main process's globalThis to read back. */
type Seen = { navigations?: { url: string; prevented: boolean }[]; opened?: string[] }

let app: ElectronApplication
let page: Page
test.beforeEach(async () => {
  if (!('path' in found)) return
  app = await electron.launch({
    executablePath: found.path,
    args: ['.'],
    env: { ...process.env, LANG: 'en_US.UTF-8', RUPOR_DATA_DIR: newDataDir() },
  })
  page = await app.firstWindow()
  await expect(page.getByRole('navigation')).toBeVisible()
})
test.afterEach(async () => {
  if ('path' in found) await app.close()
})

const seen = (): Promise<Seen> => app.evaluate(() => globalThis as Seen)

test('the desktop app opens its window with the shell and answers through the bridge', async () => {
  // Page code is written as text: the e2e project has no DOM types.
  const settings = await page.evaluate("window.rupor.call('settings.get', {})")
  expect(settings).toMatchObject({ ok: true, value: { defaultCountry: 'RU' } })
  const sandboxed = await page.evaluate('typeof require')
  expect(sandboxed).toBe('undefined')
})

test('the window refuses to navigate away from the app page', async () => {
  const appPage = page.url()
  // Listening after the app's own handler, so this sees what the app decided.
  await app.evaluate(({ BrowserWindow }) => {
    const navigations: NonNullable<Seen['navigations']> = []
    ;(globalThis as Seen).navigations = navigations
    BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event, url) => {
      navigations.push({ url, prevented: event.defaultPrevented })
    })
  })
  const otherFile = join(mkdtempSync(join(tmpdir(), 'rupor-away-')), 'away.html')
  writeFileSync(otherFile, '<title>away</title>')
  // Each file target is followed by a web one: Chromium itself may stop an app:// page from
  // going to a file before the app is asked (no will-navigate then), so a file target is known
  // to be decided once the next target has been.
  const targets = [
    pathToFileURL(otherFile).href,
    'https://example.com/',
    // The built page as a file is not the app's page any more, nor another page of its scheme.
    pathToFileURL(builtFiles().page).href,
    'app://rupor/favicon.svg',
    'app://other/index.html',
  ]
  for (const target of targets) {
    await page.evaluate(`location.href = ${JSON.stringify(target)}`)
    if (target.startsWith('file:')) continue
    await expect
      .poll(async () => (await seen()).navigations)
      .toContainEqual({ url: target, prevented: true })
  }
  expect((await seen()).navigations?.filter((navigation) => !navigation.prevented)).toEqual([])
  expect(page.url()).toBe(appPage)
  await expect(page.getByRole('navigation')).toBeVisible()
})

test('window.open never opens a window; only a WhatsApp link goes to the system', async () => {
  // Record instead of launching a browser on the test machine; the decision is the app's.
  await app.evaluate(({ shell }) => {
    const opened: string[] = []
    ;(globalThis as Seen).opened = opened
    shell.openExternal = (url) => {
      opened.push(url)
      return Promise.resolve()
    }
  })
  const whatsapp = 'https://wa.me/79161234567?text=hi'
  const refused = [
    'https://example.com/',
    'http://wa.me/79161234567',
    'https://user:pass@wa.me/79161234567',
    'https://wa.me.evil.example/',
    'file:///etc/hosts',
  ]
  // The refused ones first: once the WhatsApp link is recorded, all were decided (in order).
  const returned = await page.evaluate<boolean[]>(
    `${JSON.stringify([...refused, whatsapp])}.map((url) => window.open(url) === null)`,
  )
  expect(returned).toEqual([...refused, whatsapp].map(() => true))
  await expect.poll(async () => (await seen()).opened).toContain(whatsapp)
  expect((await seen()).opened).toEqual([whatsapp])
  expect(app.windows()).toHaveLength(1)
})

test('IPC from another window, even one showing the app page, is refused', async () => {
  // Another window with the app's preload, showing the built page as a file and then the app's
  // own app://rupor page (the same session serves it): neither is the app's window.
  const answers = await app.evaluate(async ({ BrowserWindow }, files) => {
    const other = new BrowserWindow({
      show: false,
      webPreferences: { preload: files.preload, sandbox: true, contextIsolation: true },
    })
    const results: unknown[] = []
    for (const load of [() => other.loadFile(files.page), () => other.loadURL(files.appPage)]) {
      await load()
      results.push(
        await other.webContents.executeJavaScript("window.rupor.call('settings.get', {})"),
      )
    }
    other.destroy()
    return results
  }, builtFiles())
  expect(answers).toEqual([
    expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) }),
    expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) }),
  ])
})

test("an iframe injected into the app's page gets no bridge of its own", async () => {
  // One frame of the app's origin, one sandboxed into an origin of its own; the preload (and
  // with it the only way to IPC) runs in the top frame alone.
  await page.evaluate(`(() => {
    const plain = document.createElement('iframe')
    plain.name = 'same-origin'
    const sandboxed = document.createElement('iframe')
    sandboxed.name = 'sandboxed'
    sandboxed.setAttribute('sandbox', 'allow-scripts')
    sandboxed.srcdoc = '<title>sandboxed</title>'
    document.body.append(plain, sandboxed)
  })()`)
  await expect.poll(() => page.frames().map((frame) => frame.name())).toContain('sandboxed')
  const reach = (name: string) =>
    page.frame({ name })?.evaluate<{ own: string; parent: string }>(`(() => {
      let parent
      try {
        parent = typeof window.parent.rupor
      } catch {
        parent = 'blocked'
      }
      return { own: typeof window.rupor, parent }
    })()`)
  expect(await reach('same-origin')).toMatchObject({ own: 'undefined' })
  expect(await reach('sandboxed')).toEqual({ own: 'undefined', parent: 'blocked' })
})

test("the CSP keeps injected inline script from running in the app's window", async () => {
  // An allowed inline script would run during append(), so the answer is final at once.
  const ran = await page.evaluate(`(() => {
    const script = document.createElement('script')
    script.textContent = 'window.injectedRan = true'
    document.body.append(script)
    return window.injectedRan === true
  })()`)
  expect(ran).toBe(false)
})

test('the page is app://rupor, served with the CSP, and nothing outside the built renderer', async () => {
  expect(page.url()).toBe('app://rupor/index.html')
  // Page code is written as text: the e2e project has no DOM types.
  const fetched = await page.evaluate<
    { url: string; status: number; ok?: boolean; csp?: string | null; error?: string }[]
  >(`(async () => {
    const urls = [
      'app://rupor/index.html',
      'app://rupor/../../etc/passwd',
      'app://rupor/%2e%2e/%2e%2e/etc/passwd',
      'app://rupor/..%2f..%2f..%2fetc%2fpasswd',
      'app://rupor/..%5c..%5cpackage.json',
      'app://rupor/',
    ]
    const answers = []
    for (const url of urls) {
      try {
        const response = await fetch(url)
        answers.push({ url, status: response.status, ok: response.ok, csp: response.headers.get('content-security-policy') })
      } catch (error) {
        answers.push({ url, status: 0, ok: false, error: String(error) })
      }
    }
    return answers
  })()`)
  expect(fetched[0]).toMatchObject({ status: 200, ok: true })
  expect(fetched[0]?.csp).toContain("script-src 'self'")
  expect(fetched[0]?.csp).toContain("frame-ancestors 'none'")
  for (const answer of fetched.slice(1)) expect(answer, answer.url).toMatchObject({ ok: false })
})

test('the page cannot read a local file', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'rupor-local-')), 'hosts.txt')
  writeFileSync(file, 'a local file')
  const read = await page.evaluate<string>(`(async () => {
    try {
      return 'read: ' + (await (await fetch(${JSON.stringify(pathToFileURL(file).href)})).text())
    } catch (error) {
      return 'refused: ' + String(error)
    }
  })()`)
  expect(read).toMatch(/^refused: /)
})

/** The preload and page of the build the app runs (`electron-vite build`), and the app's page. */
function builtFiles(): { preload: string; page: string; appPage: string } {
  return {
    preload: join(process.cwd(), 'out/preload/index.js'),
    page: join(process.cwd(), 'out/renderer/index.html'),
    appPage: 'app://rupor/index.html',
  }
}
