import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'
import { chooseBrowser } from './scripts/browser-choice'

// CHROMIUM_PATH, else Debian's Chromium (Playwright's download cannot run on this project's CI
// machine), else Playwright's own (a Windows or macOS machine; scripts/ensure-browser.ts fetches it).
const browser = chooseBrowser(process.env, existsSync)
if (browser.kind === 'broken') throw new Error(`playwright.config.ts: ${browser.why}`)
const executablePath = browser.kind === 'installed' ? browser.executablePath : undefined

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    trace: 'on-first-retry',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
})
