#!/usr/bin/env node
// Retakes docs/screenshot-<lang>.png from the browser host (build first: npm run build).
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const sections = process.argv.slice(2)
for (const lang of ['ru', 'en']) {
  const dataDir = mkdtempSync(join(tmpdir(), 'rupor-shot-'))
  const host = spawn(process.execPath, ['out/main/host.js', '--data-dir', dataDir, '--lang', lang])
  const url = await new Promise((resolve, reject) => {
    let out = ''
    host.stdout.on('data', (chunk) => {
      out += chunk
      const match = /Open: (\S+)/.exec(out)
      if (match) resolve(match[1])
    })
    host.once('exit', () => reject(new Error(out)))
  })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 } })
  await page.goto(url)
  await page.getByRole('navigation').waitFor()
  await page.screenshot({ path: `docs/screenshot-${lang}.png` })
  for (const [index, name] of sections.entries()) {
    await page.getByRole('navigation').getByRole('link').nth(Number(name)).click()
    await page.screenshot({ path: `/tmp/rupor-${lang}-${String(index)}.png` })
  }
  await browser.close()
  host.kill()
}
