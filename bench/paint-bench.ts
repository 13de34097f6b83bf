import { chromium } from '@playwright/test'
import playwrightConfig from '../playwright.config'
import type { PartResult } from './bench-calls'
import { percentile } from './bench-calls'
import { copyOfBook } from './book-fixture'
import { builtApp } from './built-app'
import { firstContentfulPaintAt, firstRowPaintedAt, firstRowProbe } from './first-row-probe'
import { launchHost } from './host-launch'

const loads = 5

/**
 * The contact table's first paint in Chromium (the e2e tests' browser and flags): the built host
 * on a book of `rows` contacts, the page opened `loads` times in a fresh browser context each, from
 * navigation start to just after the first contact row is painted.
 */
export async function benchPaint(options: { rows: number }): Promise<PartResult> {
  const appDir = builtApp()
  const host = await launchHost(appDir, await copyOfBook(options.rows))
  const launchOptions = playwrightConfig.use?.launchOptions ?? {}
  const browser = await chromium.launch({ ...launchOptions, headless: true })
  try {
    const rows: number[] = []
    const contentful: number[] = []
    for (let i = 0; i < loads; i += 1) {
      const context = await browser.newContext()
      try {
        const page = await context.newPage()
        await page.addInitScript(firstRowProbe)
        await page.goto(host.pageUrl)
        await page.waitForFunction(firstRowPaintedAt, undefined, { timeout: 60_000 })
        rows.push(Number(await page.evaluate(firstRowPaintedAt)))
        contentful.push(Number(await page.evaluate(firstContentfulPaintAt)))
      } finally {
        await context.close()
      }
    }
    const median = (times: number[]) =>
      Math.round(
        percentile(
          [...times].sort((a, b) => a - b),
          50,
        ),
      )
    return {
      figures: {
        paintFirstRowMedianMs: median(rows),
        paintFirstContentfulMedianMs: median(contentful),
      },
      sizes: { paintBookRows: options.rows, paintLoads: loads },
    }
  } finally {
    await browser.close()
    await host.stop()
  }
}
