// Electron glue for the app's own scheme: registration before ready, and the handler that hands
// each request to appPageFile (app-page-file.ts), where every decision is made and tested.
import { readFile } from 'node:fs/promises'
import { protocol, type Session } from 'electron'
import { appScheme } from './app-page'
import { appPageFile, appPageHeaders } from './app-page-file'

/**
 * Standard (relative URLs, an origin of its own for 'self' and storage), secure (a secure
 * context, like https), fetch for same-origin requests. Not `corsEnabled` and not `bypassCSP`:
 * no other origin reads it, and the page's CSP applies as written. Must run before `ready`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves `rendererDir` (the built renderer, inside the asar when packaged) on the session. */
export function serveAppPage(target: Session, rendererDir: string): void {
  target.protocol.handle(appScheme, async (request) => {
    const answer = appPageFile(rendererDir, { url: request.url, method: request.method })
    if (answer.status !== 200) return new Response(null, { status: answer.status })
    // Electron's fs reads inside the asar archive; the files are small (the built page).
    let body: Uint8Array | null = null
    try {
      if (request.method !== 'HEAD') body = new Uint8Array(await readFile(answer.file))
    } catch {
      return new Response(null, { status: 404 })
    }
    return new Response(body, { status: 200, headers: appPageHeaders(answer.contentType) })
  })
}
