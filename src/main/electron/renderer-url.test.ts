import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appPageUrl } from './app-page'
import { rendererUrlFor } from './renderer-url'

const withDevUrl = (value: string) => ({ ELECTRON_RENDERER_URL: value })

/** Dev-server-like addresses, local ones included, and any text at all. */
const anyRendererUrl = fc.oneof(
  fc
    .record({
      scheme: fc.constantFrom('http', 'https', 'file', 'app', 'ws'),
      credentials: fc.constantFrom('', 'user@', 'user:pass@', 'localhost@'),
      host: fc.constantFrom(
        'localhost',
        '127.0.0.1',
        '[::1]',
        'evil.example',
        'localhost.evil.example',
        '0.0.0.0',
      ),
      port: fc.nat(65535),
      path: fc.string({ maxLength: 8 }),
    })
    .map(
      ({ scheme, credentials, host, port, path }) =>
        `${scheme}://${credentials}${host}:${port}/${path}`,
    ),
  fc.string(),
)

describe('the page the window loads', () => {
  it('is the app page when nothing names a dev server', () => {
    expect(rendererUrlFor({ packaged: false, env: {} })).toBe(appPageUrl)
    expect(rendererUrlFor({ packaged: true, env: {} })).toBe(appPageUrl)
  })

  it.each([
    'http://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://[::1]:5173/',
    'http://localhost:5173',
  ])('is the dev server electron-vite names in a development run: %s', (url) =>
    expect(rendererUrlFor({ packaged: false, env: withDevUrl(url) })).toBe(new URL(url).href),
  )

  it.each([
    'http://localhost:5173/',
    'http://127.0.0.1:5173/',
    'https://evil.example/',
    'file:///tmp/page.html',
  ])('ignores ELECTRON_RENDERER_URL in a packaged app: %s', (url) => {
    expect(rendererUrlFor({ packaged: true, env: withDevUrl(url) })).toBe(appPageUrl)
  })

  it.each([
    'https://evil.example/',
    'http://evil.example:5173/',
    'https://localhost:5173/',
    'http://localhost.evil.example:5173/',
    'http://127.0.0.1.nip.io:5173/',
    'http://user:pass@localhost:5173/',
    'http://localhost@evil.example/',
    'http://192.168.1.10:5173/',
    'http://0.0.0.0:5173/',
    'file:///tmp/page.html',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://other/index.html',
    'localhost:5173',
    '',
  ])(
    'ignores a development run’s ELECTRON_RENDERER_URL that is not a local dev server: %s',
    (url) => {
      expect(rendererUrlFor({ packaged: false, env: withDevUrl(url) })).toBe(appPageUrl)
    },
  )

  it('never leaves the app page in a packaged app, whatever the environment says', () => {
    fc.assert(
      fc.property(anyRendererUrl, (url) => {
        expect(rendererUrlFor({ packaged: true, env: withDevUrl(url) })).toBe(appPageUrl)
      }),
    )
  })

  it('loads only this machine’s http pages in a development run', () => {
    fc.assert(
      fc.property(anyRendererUrl, (url) => {
        const page = new URL(rendererUrlFor({ packaged: false, env: withDevUrl(url) }))
        if (page.href !== appPageUrl) {
          expect(page.protocol).toBe('http:')
          expect(['localhost', '127.0.0.1', '[::1]']).toContain(page.hostname)
          expect(page.username + page.password).toBe('')
        }
      }),
    )
  })
})
