// Run by `npm run test:e2e` before Playwright: makes sure the Chromium the browser tests will use
// is there. Nothing to do where CHROMIUM_PATH or the system's Chromium exists; elsewhere (a fresh
// Windows or macOS machine) it downloads Playwright's own Chromium once, into Playwright's cache.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from 'playwright'
import { chooseBrowser } from './browser-choice'

const choice = chooseBrowser(process.env, existsSync)
if (choice.kind === 'broken') {
  console.error(`ensure-browser: ${choice.why}.`)
  process.exit(1)
}
if (choice.kind === 'installed') {
  console.log(`ensure-browser: the browser tests use ${choice.executablePath} (${choice.why}).`)
  process.exit(0)
}
if (existsSync(chromium.executablePath())) {
  console.log(`ensure-browser: ${choice.why}, already downloaded (${chromium.executablePath()}).`)
  process.exit(0)
}
console.log(`ensure-browser: ${choice.why}; downloading it once: npx playwright install chromium`)
const installed = spawnSync('npx', ['playwright', 'install', 'chromium'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
})
if (installed.status !== 0) {
  console.error(
    'ensure-browser: the download failed. Run `npx playwright install chromium` yourself' +
      (process.platform === 'linux'
        ? ' (on Linux `npx playwright install --with-deps chromium` also installs the libraries it needs),'
        : ',') +
      ' or set CHROMIUM_PATH to a Chromium you have.',
  )
  process.exit(installed.status ?? 1)
}
