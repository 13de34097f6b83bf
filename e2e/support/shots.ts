import { mkdirSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'

/** Where the screenshots go for a person to look at; not part of the assertions. */
export const shotsDir = process.env.RUPOR_SHOTS_DIR ?? '/tmp/shots'

/** The window, or one part of the page, as `<name>.png` in the screenshots' folder. */
export async function shot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true })
  await target.screenshot({ path: `${shotsDir}/${name}.png` })
}

/** The whole page from its top (a scrolled full-page shot leaves the sidebar mid-page). */
export async function pageShot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true })
  await page.evaluate('window.scrollTo(0, 0)')
  await page.mouse.move(0, 0)
  await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true })
}

/** Toasts ("time to send the next message") would cover what the screenshot is for. */
export async function hideToasts(page: Page): Promise<void> {
  await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' })
}
