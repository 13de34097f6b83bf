import { isAllowedExternalUrl } from '../core/security/trusted-url'

/**
 * What the app window may show and open. Pure: create-window.ts wires it to Electron's
 * will-navigate, will-redirect and setWindowOpenHandler.
 */
export interface WindowPolicy {
  /** True only for the app's own page: the same built file, or the dev server's origin. */
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
  const isAppPage = (url: string): boolean => {
    let candidate: URL
    try {
      candidate = new URL(url)
    } catch {
      return false
    }
    // A file page is one path (another local file is not the app); a dev page is one origin.
    return page.protocol === 'file:'
      ? candidate.protocol === 'file:' &&
          candidate.host === page.host &&
          candidate.pathname === page.pathname
      : candidate.origin === page.origin
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
