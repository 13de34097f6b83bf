// Which page the window loads. `npm run dev` (electron-vite) names its dev server in
// ELECTRON_RENDERER_URL; a packaged app must never follow it, or any web page named there would
// get the preload bridge and with it the app's whole API. A development run follows it only to
// a dev server on this machine.
import { appPageUrl } from './app-page'

export const rendererUrlVariable = 'ELECTRON_RENDERER_URL'

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

export function rendererUrlFor(options: {
  packaged: boolean
  env: Readonly<Record<string, string | undefined>>
}): string {
  if (options.packaged) return appPageUrl
  const devUrl = devServerUrl(options.env[rendererUrlVariable] ?? '')
  return devUrl ?? appPageUrl
}

/** A dev server's page as electron-vite serves it: plain http on this machine, no credentials. */
function devServerUrl(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  const local =
    url.protocol === 'http:' &&
    loopbackHosts.has(url.hostname) &&
    url.username === '' &&
    url.password === ''
  return local ? url.href : null
}
