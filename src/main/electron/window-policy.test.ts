import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appPageUrl } from './app-page'
import { createWindowPolicy } from './window-policy'

// The app page as Electron loads it (app-protocol.ts serves it), and the dev server `npm run dev` uses.
const appPage = appPageUrl
const devPage = 'http://localhost:5173/'

describe('navigation from the app page', () => {
  const policy = createWindowPolicy(appPage)

  it('is app://rupor/index.html', () => expect(appPage).toBe('app://rupor/index.html'))

  it.each([
    appPage,
    `${appPage}#/campaigns`,
    `${appPage}?lang=en`,
    'app://rupor/assets/../index.html',
  ])('stays on the app page: %s', (url) => expect(policy.mayNavigate(url)).toBe(true))

  it.each([
    'https://example.com/',
    'http://example.com/',
    'https://wa.me/79161234567',
    // The built page as a file is no longer the app's, nor is any other local file.
    'file:///opt/Rupor/resources/app.asar/out/renderer/index.html',
    'file:///etc/passwd',
    'file:///home/owner/Downloads/index.html',
    // Another page, host or port of the app's scheme, or a look-alike of it.
    'app://rupor/',
    'app://rupor/other.html',
    'app://rupor/favicon.svg',
    'app://rupor/assets/index.js',
    'app://rupor/index.html/',
    'app://other/index.html',
    'app://rupor.evil.example/index.html',
    'app://evil.example/rupor/index.html',
    'app://rupor:8080/index.html',
    'app://user@rupor/index.html',
    'app://user:pass@rupor/index.html',
    'apps://rupor/index.html',
    'app:rupor/index.html',
    'app:///index.html',
    'http://rupor/index.html',
    'https://rupor/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://rupor/0b1c-4e6a',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(policy.mayNavigate(url)).toBe(false))

  it('accepts no other scheme, host or path at all', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(policy.isAppPage(url)).toBe(false)
      }),
    )
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (host, path) => {
        const url = `app://${host}${path}`
        expect(policy.isAppPage(url)).toBe(
          host === 'rupor' && new URL(url).pathname === '/index.html',
        )
      }),
    )
  })
})

describe('the page a window policy is made for', () => {
  it('is the app page or a dev server page, never a file', () => {
    expect(() => createWindowPolicy('file:///opt/Rupor/out/renderer/index.html')).toThrow()
    expect(() => createWindowPolicy('data:text/html,hi')).toThrow()
  })
})

describe('navigation from the dev server page', () => {
  const policy = createWindowPolicy(devPage)

  it.each([devPage, 'http://localhost:5173/src/main.tsx', 'http://localhost:5173/#/lists'])(
    'stays on the dev server: %s',
    (url) => expect(policy.mayNavigate(url)).toBe(true),
  )

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://localhost.evil.example:5173/',
    'http://localhost:5173.evil.example/',
    'http://evil.example/?http://localhost:5173/',
    'http://user@evil.example:5173/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
  ])('refuses %s', (url) => expect(policy.mayNavigate(url)).toBe(false))
})

describe('window.open', () => {
  const policy = createWindowPolicy(appPage)

  it.each([
    'https://wa.me/79161234567?text=hi',
    'https://api.whatsapp.com/send?phone=79161234567',
    'whatsapp://send?phone=79161234567',
  ])('never opens a window; hands the WhatsApp link %s to the system', (url) =>
    expect(policy.onWindowOpen(url)).toEqual({ action: 'deny', openExternally: url }),
  )

  it.each([
    'https://example.com/',
    'http://wa.me/79161234567',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'https://user:pass@wa.me/79161234567',
    'https://wa.me@evil.example/',
    'https://wa.me.evil.example/79161234567',
    'https://evil.example/wa.me',
    'https://wa.me:8443/79161234567',
    appPage,
    'file:///opt/Rupor/resources/app.asar/out/renderer/index.html',
    '',
  ])('denies %s and opens nothing', (url) =>
    expect(policy.onWindowOpen(url)).toEqual({ action: 'deny', openExternally: null }),
  )
})
