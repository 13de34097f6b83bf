// Which Chromium the browser tests drive. Debian's package where it exists (this project's own CI
// machine, which cannot download Playwright's browsers); Playwright's own Chromium on a Windows or
// macOS developer machine, downloaded once by scripts/ensure-browser.ts. Read by playwright.config.ts.

/** Debian's (and Ubuntu runners') Chromium. */
export const systemChromium = '/usr/bin/chromium'

export type BrowserChoice =
  /** A Chromium already on this machine. */
  | { kind: 'installed'; executablePath: string; why: string }
  /** Playwright's own Chromium (Playwright knows its path). */
  | { kind: 'playwright'; why: string }
  /** CHROMIUM_PATH names a file that is not there: a mistake to report, not to paper over. */
  | { kind: 'broken'; why: string }

export function chooseBrowser(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean,
): BrowserChoice {
  const named = env.CHROMIUM_PATH?.trim()
  if (named) {
    return exists(named)
      ? { kind: 'installed', executablePath: named, why: 'named by CHROMIUM_PATH' }
      : { kind: 'broken', why: `CHROMIUM_PATH is ${named}, and there is no such file` }
  }
  if (exists(systemChromium)) {
    return { kind: 'installed', executablePath: systemChromium, why: "the system's Chromium" }
  }
  return {
    kind: 'playwright',
    why: `neither CHROMIUM_PATH nor ${systemChromium} exists: Playwright's own Chromium`,
  }
}
