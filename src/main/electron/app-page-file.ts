// Which file of the built renderer an `app://` request gets, or why it gets none. Pure but for
// reading the folder (realpath, stat): no Electron here, so every rule is tested in Node with a
// real folder (app-page-file.test.ts); app-protocol.ts only hands Electron's requests to it.
import { realpathSync, statSync } from 'node:fs'
import { extname, isAbsolute, join, relative, sep } from 'node:path'
import { contentSecurityPolicy } from '../../shared/csp'
import { appHost, appScheme } from './app-page'

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

/** The Content-Type the page gets for a file, by its extension; none for a type the build never makes. */
export function contentTypeOf(fileName: string): string | undefined {
  return contentTypes[extname(fileName).toLowerCase()]
}

export type AppPageAnswer =
  | { readonly status: 200; readonly file: string; readonly contentType: string }
  /** 403: not the app's scheme or host, or a path that tries to leave the folder; 404: no such file. */
  | { readonly status: 403 | 404 | 405 }

const forbidden = { status: 403 } as const
const notFound = { status: 404 } as const

// Names Windows opens as devices in any folder (CON, NUL, COM1.txt, …).
const windowsDeviceName = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

/** A backslash, a colon, a NUL or another control character (checked by UTF-16 unit). */
function hasForbiddenCharacter(segment: string): boolean {
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i)
    if (code < 0x20 || code === 0x7f || code === 0x5c /* \ */ || code === 0x3a /* : */) return true
  }
  return false
}

/** A path segment that could name something outside the folder on some system, or nothing sane. */
function isUnsafeSegment(segment: string): boolean {
  return (
    segment === '' ||
    segment === '.' ||
    segment === '..' ||
    // A backslash is a separator on Windows (and `\\server\share` a UNC path); a colon starts a
    // drive (`C:`) or an NTFS stream (`index.html::$DATA`); a NUL or control character ends or
    // bends the name where the file system reads it.
    hasForbiddenCharacter(segment) ||
    windowsDeviceName.test(segment)
  )
}

/** True when `inner` lies below `root` (both already real, absolute paths); `root` itself is not. */
function isInside(root: string, inner: string): boolean {
  const path = relative(root, inner)
  return path !== '' && !isAbsolute(path) && path.split(sep)[0] !== '..'
}

/**
 * The file to serve for a request to the app's scheme, inside `rendererDir` (the built renderer):
 * only `GET`/`HEAD`, only `app://rupor`, the percent-decoded path taken segment by segment (no
 * `.`/`..`, encoded or not; no encoded slash, backslash, drive, UNC, stream or device name, NUL),
 * and the file's real path — symlinks followed — still inside the folder's real path. A folder,
 * a missing file or a file of a type the build never makes is 404.
 */
export function appPageFile(
  rendererDir: string,
  request: { readonly url: string; readonly method: string },
): AppPageAnswer {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405 }
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return forbidden
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return forbidden
  if (url.username !== '' || url.password !== '') return forbidden

  // The URL keeps its percent-encoding; a segment is decoded on its own, so an encoded slash
  // stays inside its segment and is refused there rather than becoming a separator.
  const rawSegments = url.pathname.split('/').slice(1)
  const segments: string[] = []
  for (const raw of rawSegments) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return forbidden
    }
    if (segment.includes('/') || isUnsafeSegment(segment)) return forbidden
    segments.push(segment)
  }
  const name = segments.at(-1)
  if (name === undefined) return forbidden
  const contentType = contentTypeOf(name)
  if (contentType === undefined) return notFound

  let root: string
  let file: string
  try {
    root = realpathSync(rendererDir)
    file = realpathSync(join(rendererDir, ...segments))
  } catch {
    return notFound
  }
  if (!isInside(root, file)) return forbidden
  try {
    if (!statSync(file).isFile()) return notFound
  } catch {
    return notFound
  }
  return { status: 200, file, contentType }
}

/**
 * The headers of every file the scheme serves: its type, never sniffed as another; the same CSP
 * the host sends (the built page also carries it as a <meta>, which cannot say frame-ancestors);
 * nothing cached, so an updated app never shows an older page's files.
 */
export function appPageHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  }
}
