#!/usr/bin/env node
// Retakes docs/screenshot-<lang>.png from the browser host (build first: npm run build): a demo
// contact file is imported through the dialog, as a shop owner would, then the book is shown.
// The dialog's steps are saved to /tmp/rupor-<lang>-*.png for a look.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const demo = [
  'ФИО;Телефон;Группа;Согласие',
  'Анна Петрова;8 916 123-45-67;VIP;да',
  'Борис Иванов;+7 (903) 555-12-34, 8 495 123-45-67;Опт;да',
  'Вера Смирнова;9261112233;VIP;',
  'Галина Кузнецова;+7 912 345 67 89;Розница;да',
  'Дмитрий Орлов;8 (926) 000-11-22;Опт, VIP;нет',
  'Елена Соколова;+375 29 123 45 67;Розница;да',
  'Жанна Ахметова;8 701 234 56 78;VIP;',
  'Зоя Лебедева;+7 921 765 43 21;Розница;да',
  'Игорь Новиков;8 495 765-43-21;Опт;',
  'Кирилл Морозов;123;Опт;',
]
const texts = {
  ru: {
    contacts: 'Контакты',
    import: 'Импорт контактов',
    consent: 'Согласие неизвестно',
    start: 'Импортировать',
    done: 'Готово',
  },
  en: {
    contacts: 'Contacts',
    import: 'Import contacts',
    consent: 'Consent unknown',
    start: 'Import',
    done: 'Done',
  },
}

for (const lang of ['ru', 'en']) {
  const text = texts[lang]
  const dataDir = mkdtempSync(join(tmpdir(), 'rupor-shot-'))
  const file = join(dataDir, lang === 'ru' ? 'клиенты.csv' : 'customers.csv')
  writeFileSync(file, `\uFEFF${demo.join('\r\n')}\r\n`)
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
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } })
    await page.goto(url)
    await page
      .getByRole('navigation')
      .getByRole('link', { name: text.contacts, exact: true })
      .click()
    await page.screenshot({ path: `/tmp/rupor-${lang}-0-empty.png` })
    await page.getByRole('button', { name: text.import }).first().click()
    const dialog = page.getByRole('dialog', { name: text.import })
    await dialog.locator('input[type="file"]').setInputFiles(file)
    await dialog.getByRole('button', { name: text.start, exact: true }).waitFor()
    await page.screenshot({ path: `/tmp/rupor-${lang}-1-mapping.png` })
    // No consent taken for granted: the file's own column decides for each row first.
    await dialog.getByLabel(text.consent).check()
    await dialog.getByRole('button', { name: text.start, exact: true }).click()
    await dialog.getByRole('button', { name: text.done }).waitFor()
    await page.screenshot({ path: `/tmp/rupor-${lang}-2-report.png` })
    await dialog.getByRole('button', { name: text.done }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('row', { name: /Анна Петрова/ }).waitFor()
    await page.screenshot({ path: `docs/screenshot-${lang}.png` })
    await page.getByRole('row', { name: /Борис Иванов/ }).click()
    await page.getByRole('dialog').last().waitFor()
    await page.waitForTimeout(400)
    await page.screenshot({ path: `/tmp/rupor-${lang}-3-drawer.png` })
  } finally {
    await browser.close()
    host.kill()
  }
}
