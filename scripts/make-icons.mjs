// Makes the app's icon set from resources/icon.svg: icon.png (1024 px, Linux and the source for the
// rest), icon.ico (Windows) and icon.icns (macOS). Run after changing the SVG: node scripts/make-icons.mjs
// The SVG is drawn by Chromium (CHROMIUM_PATH or /usr/bin/chromium); png2icons writes ICO and ICNS.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import png2icons from 'png2icons'

const dir = join(import.meta.dirname, '..', 'resources')
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
  const png = await page.locator('svg').screenshot({ omitBackground: true })
  writeFileSync(join(dir, 'icon.png'), png)
  writeFileSync(join(dir, 'icon.ico'), png2icons.createICO(png, png2icons.BICUBIC, 0, true, true))
  writeFileSync(join(dir, 'icon.icns'), png2icons.createICNS(png, png2icons.BICUBIC, 0))
} finally {
  await browser.close()
}
