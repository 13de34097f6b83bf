// The Content-Security-Policy (src/shared/csp.ts) in a real browser: what an attacker's markup
// would try — inline script, eval, remote script, image or fetch — is blocked, the app is not.
import { expect, test, type Page } from '@playwright/test'
import { contentSecurityPolicy, contentSecurityPolicyMeta } from '../src/shared/csp'
import { twoCustomers } from './support/shop'
import { AppPage } from './support/app-page'
import { importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

/**
 * A remote origin the test answers itself: were a request let through, page.route would serve
 * it and its effect (a script running, an image loading, a fetch answering) would show.
 */
const remote = 'https://remote.example'

interface Violation {
  directive: string
  blocked: string
}
type Marks = Record<string, unknown> & { violations: Violation[] }

let host: HostProcess
test.beforeAll(async () => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'en' })
  await importCsv(host, twoCustomers)
})
test.afterAll(async () => {
  await host.stop()
})

/** Opens the app with every CSP violation recorded from the first byte, and remote requests served. */
async function openApp(page: Page) {
  const reachedRemote: string[] = []
  await page.route(`${remote}/**`, async (route) => {
    const url = route.request().url()
    reachedRemote.push(url)
    const script = url.endsWith('.js')
    await route.fulfill({
      status: 200,
      headers: { 'Access-Control-Allow-Origin': '*' },
      contentType: script ? 'text/javascript' : 'image/svg+xml',
      body: script
        ? 'window.marks.remoteScriptRan = true'
        : '<svg xmlns="http://www.w3.org/2000/svg" width="7" height="7"/>',
    })
  })
  // Page code is written as text: the e2e project has no DOM types.
  await page.addInitScript(`
    window.marks = { violations: [] }
    document.addEventListener('securitypolicyviolation', (event) =>
      window.marks.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }))
  `)
  const response = await page.goto(host.pageUrl)
  const app = new AppPage(page)
  await app.nav.waitFor()
  return { app, response, reachedRemote }
}

const marks = (page: Page): Promise<Marks> => page.evaluate<Marks>('window.marks')

/** Waits until the browser reports a violation of `directive` (the event is queued, not sync). */
async function violationOf(page: Page, directive: string, blocked: string): Promise<void> {
  await expect
    .poll(async () => (await marks(page)).violations)
    .toContainEqual({ directive, blocked })
}

test('the host sends the policy, the page Electron loads carries it, and the app runs under it', async ({
  page,
}) => {
  const { app, response } = await openApp(page)
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy)
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    contentSecurityPolicyMeta,
  )
  await expect(page.getByRole('cell', { name: 'Анна Петрова', exact: true })).toBeVisible()
  await app.goTo('Campaigns')
  await expect(app.heading('No campaigns yet')).toBeVisible()
  await app.goTo('Settings')
  await expect(page.getByLabel('Data folder')).toHaveValue(host.dataDir)
  // Not one violation: the app itself needs nothing the policy forbids (zod runs jitless).
  const { violations } = await marks(page)
  expect(violations).toEqual([])
})

test('an injected inline script or inline event handler does not run', async ({ page }) => {
  await openApp(page)
  await page.evaluate(`(() => {
    const script = document.createElement('script')
    script.textContent = 'window.marks.inlineScriptRan = true'
    document.body.append(script)
    const holder = document.createElement('div')
    holder.innerHTML = '<img src="data:," onerror="window.marks.inlineHandlerRan = true">'
    document.body.append(holder)
  })()`)
  await violationOf(page, 'script-src-elem', 'inline')
  await violationOf(page, 'script-src-attr', 'inline')
  const after = await marks(page)
  expect(after.inlineScriptRan).toBeUndefined()
  expect(after.inlineHandlerRan).toBeUndefined()
})

test('eval and new Function do not run', async ({ page }) => {
  await openApp(page)
  // From a timer, so the code runs as the page's own, not as the test driver's evaluation.
  await page.evaluate(`setTimeout(() => {
    for (const [name, run] of [
      ['eval', () => window.eval('window.marks.evalRan = true')],
      ['function', () => new Function('window.marks.functionRan = true')()],
    ]) {
      try {
        run()
        window.marks[name + 'Outcome'] = 'ran'
      } catch (error) {
        window.marks[name + 'Outcome'] = error instanceof EvalError ? 'refused' : String(error)
      }
    }
  })`)
  // The EvalError is the proof; the violation reports cannot be told apart from zod's probes.
  await expect.poll(async () => (await marks(page)).functionOutcome).toBe('refused')
  const after = await marks(page)
  expect(after.evalOutcome).toBe('refused')
  expect(after.evalRan).toBeUndefined()
  expect(after.functionRan).toBeUndefined()
})

test('a remote script, image or fetch is blocked before it leaves the browser', async ({
  page,
}) => {
  const { reachedRemote } = await openApp(page)
  await page.evaluate(`(() => {
    const marks = window.marks
    const script = document.createElement('script')
    script.src = '${remote}/evil.js'
    script.onerror = () => (marks.scriptFailed = true)
    document.body.append(script)
    const image = new Image()
    image.onload = () => (marks.imageLoaded = true)
    image.onerror = () => (marks.imageFailed = true)
    image.src = '${remote}/pixel.svg'
    document.body.append(image)
    fetch('${remote}/data.svg').then(
      () => (marks.fetchAnswered = true),
      () => (marks.fetchFailed = true),
    )
  })()`)
  await violationOf(page, 'script-src-elem', `${remote}/evil.js`)
  await violationOf(page, 'img-src', `${remote}/pixel.svg`)
  await violationOf(page, 'connect-src', `${remote}/data.svg`)
  await expect
    .poll(async () => {
      const { scriptFailed, imageFailed, fetchFailed } = await marks(page)
      return { scriptFailed, imageFailed, fetchFailed }
    })
    .toEqual({ scriptFailed: true, imageFailed: true, fetchFailed: true })
  const after = await marks(page)
  expect(after.remoteScriptRan).toBeUndefined()
  expect(after.imageLoaded).toBeUndefined()
  expect(after.fetchAnswered).toBeUndefined()
  expect(reachedRemote).toEqual([])
})
