// Starts the packaged app's own executable for the smoke test. Not with Playwright's
// `_electron.launch`: that needs Node's `--inspect` in the main process, which the shipped app
// refuses (the EnableNodeCliInspectArguments fuse is off), so a build with the fuse on would be
// tested instead of the one shipped. Chromium's DevTools port has no fuse: the test drives the
// app's window over it (`connectOverCDP`), as a user would, without touching the main process.
import { spawn, type ChildProcess } from 'node:child_process'
import { chromium, type Browser, type Page } from '@playwright/test'

export interface PackagedApp {
  page: Page
  /** Closes the window as the owner would and waits until the process has ended by itself. */
  quit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

export async function startPackagedApp(
  executablePath: string,
  env: NodeJS.ProcessEnv,
): Promise<PackagedApp> {
  const args = ['--remote-debugging-port=0']
  // The unpacked Linux build's chrome-sandbox is not setuid root, as an installed one is.
  if (process.platform === 'linux') args.push('--no-sandbox')
  const child = spawn(executablePath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const endpoint = await devToolsEndpoint(child)
  // noDefaults: as Playwright's own Electron launcher does; Electron's DevTools has no browser
  // contexts to manage, and the defaults (download behaviour) would ask for one.
  const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true })
  const page = await appWindow(browser)
  return {
    page,
    async quit() {
      const closed = new Promise<void>((resolve) => page.once('close', () => resolve()))
      // window.close() ends the evaluation with the page itself: its answer never comes.
      void page.evaluate('window.close()').catch(() => undefined)
      await Promise.race([closed, delay(20_000)])
      // macOS keeps an app without windows in the dock: once its window is gone, quit it as ⌘Q
      // would (Electron turns SIGTERM into app.quit() on macOS and Linux, so the app still
      // closes its database first). Elsewhere the app quits with its last window, by itself.
      if (process.platform !== 'darwin') {
        const ended = await Promise.race([exited, delay(20_000).then(() => null)])
        if (ended) return ended
      }
      child.kill('SIGTERM')
      return exited
    },
  }
}

/** The DevTools address Chromium prints on start-up (with everything printed, if it never does). */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let printed = ''
    const timer = setTimeout(() => {
      reject(new Error(`The packaged app printed no DevTools address in 60 s:\n${printed}`))
    }, 60_000)
    const read = (chunk: Buffer) => {
      printed += chunk.toString('utf8')
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(printed)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(
        new Error(`The packaged app exited (code ${String(code)}) before it opened:\n${printed}`),
      )
    })
  })
}

/** The app's window: the first page that is not a DevTools one. */
async function appWindow(browser: Browser): Promise<Page> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const page = browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((candidate) => !candidate.url().startsWith('devtools://'))
    if (page) return page
    await delay(100)
  }
  throw new Error('The packaged app opened no window in 30 s.')
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
