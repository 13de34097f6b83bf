import { describe, expect, it } from 'vitest'
import { createWindowPolicy } from './window-policy'

// The built app as Electron loads it, and the dev server `npm run dev` uses.
const builtPage = 'file:///opt/Rupor/resources/app.asar/out/renderer/index.html'
const devPage = 'http://localhost:5173/'

describe('navigation from the built app page', () => {
  const policy = createWindowPolicy(builtPage)

  it.each([builtPage, `${builtPage}#/campaigns`, `${builtPage}?lang=en`])(
    'stays on the app page: %s',
    (url) => expect(policy.mayNavigate(url)).toBe(true),
  )

  it.each([
    'https://example.com/',
    'http://example.com/',
    'https://wa.me/79161234567',
    'file:///opt/Rupor/resources/app.asar/out/renderer/other.html',
    'file:///etc/passwd',
    'file:///home/owner/Downloads/index.html',
    'file://evil.example/opt/Rupor/resources/app.asar/out/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:file:///0b1c-4e6a',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(policy.mayNavigate(url)).toBe(false))
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
  const policy = createWindowPolicy(builtPage)

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
    builtPage,
    '',
  ])('denies %s and opens nothing', (url) =>
    expect(policy.onWindowOpen(url)).toEqual({ action: 'deny', openExternally: null }),
  )
})
