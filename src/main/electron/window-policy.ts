import { isAllowedExternalUrl } from '../core/security/trusted-url'
import { appScheme } from './app-page'

/**
 * What the app window may show and open. Pure: create-window.ts wires it to Electron's
 * will-navigate, will-redirect and setWindowOpenHandler.
 */
export interface WindowPolicy {
  /**
   * True only for the app's own page: `app://rupor/index.html` (any query or fragment), or in a
   * development run the dev server's origin. A `file://` page, another `app://` host or path, a
   * look-alike are not the app's.
   */
  readonly isAppPage: (url: string) => boolean
  /** will-navigate / will-redirect: the window never leaves the app's page. */
  readonly mayNavigate: (url: string) => boolean
  /**
   * window.open, target=_blank, a middle click: never a new window. A WhatsApp link is handed to
   * the operating system instead; anything else goes nowhere.
   */
  readonly onWindowOpen: (url: string) => { action: 'deny'; openExternally: string | null }
}

export function createWindowPolicy(pageUrl: string): WindowPolicy {
  const page = new URL(pageUrl)
  const isPage = pageMatcher(page)
  const isAppPage = (url: string): boolean => {
    let candidate: URL
    try {
      candidate = new URL(url)
    } catch {
      return false
    }
    return candidate.username === '' && candidate.password === '' && isPage(candidate)
  }
  return {
    isAppPage,
    mayNavigate: isAppPage,
    onWindowOpen: (url) => ({
      action: 'deny',
      openExternally: isAllowedExternalUrl(url) ? url : null,
    }),
  }
}

/** The app page is one path of its scheme and host; a dev server page is its whole origin. */
function pageMatcher(page: URL): (candidate: URL) => boolean {
  if (page.protocol === `${appScheme}:`) {
    // Not by `origin`: URL gives every non-web scheme the origin "null", so all would match.
    return (candidate) =>
      candidate.protocol === page.protocol &&
      candidate.host === page.host &&
      candidate.pathname === page.pathname
  }
  if (page.protocol === 'http:' || page.protocol === 'https:') {
    return (candidate) => candidate.origin === page.origin
  }
  throw new Error(
    `The app page must be app:// or a dev server's http(s):// page, not ${page.protocol}`,
  )
}
