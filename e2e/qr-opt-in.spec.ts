// The QR opt-in page in Russian and in English: the link and its ready text, the QR on the screen,
// the PNG and the A4 poster — each decoded back to the link by jsQR from what Chromium drew (the
// poster rendered by pdf.js) —, then the numbers of those who wrote pasted, previewed and marked.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Contact, ContactPage } from '../src/shared/contacts'
import type { OptInLink } from '../src/shared/opt-in'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { renderPdfPage } from './support/pdf-in-chromium'
import { saveShopNumber, tuesdayMorning } from './support/shop'
import { hideToasts, pageShot, shotsDir } from './support/shots'

const texts = {
  ru: {
    nav: 'QR для подписки',
    readyText: 'Хочу получать новости «Цветы на Садовой»',
    link: 'Ссылка',
    png: 'QR-код PNG (для сайта и соцсетей)',
    posterA4: 'Плакат A4 (PDF)',
    numbers: 'Номера',
    check: 'Проверить',
    apply: 'Отметить',
    mark: 'Будут отмечены 2 человека из контактов: Анна Петрова (+79161111111), Борис Иванов (+79162222222)',
    add: 'Нет в контактах — добавим 1 новый контакт: Мария (+79993334455)',
    optedOut: 'Остаётся в списке отписавшихся (1): Вера Кузнецова (+79163333333)',
    notNumber: 'позвонить завтра',
    marked: 'Отмечены 2 человека из контактов',
    added: 'Добавлен 1 новый контакт: Мария (+79993334455)',
    source: 'QR-код',
  },
  en: {
    nav: 'Opt-in QR',
    readyText: "I'd like to get news from “Цветы на Садовой”",
    link: 'Link',
    png: 'QR code PNG (for a website and social pages)',
    posterA4: 'Poster A4 (PDF)',
    numbers: 'Numbers',
    check: 'Check',
    apply: 'Mark them',
    mark: 'We will mark 2 people from your contacts: Анна Петрова (+79161111111), Борис Иванов (+79162222222)',
    add: 'Not in your contacts — we will add 1 new contact: Мария (+79993334455)',
    optedOut: 'Stays on the opt-out list (1): Вера Кузнецова (+79163333333)',
    notNumber: 'позвонить завтра',
    marked: 'Marked 2 people from your contacts',
    added: 'Added 1 new contact: Мария (+79993334455)',
    source: 'QR code',
  },
} as const

const customers = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;',
  'Вера Кузнецова;8 916 333-33-33;да',
].join('\n')

const pasted = [
  '8 916 111-11-11',
  'Борис — +7 916 222 22 22',
  'Мария 8 999 333-44-55',
  '+7 916 333-33-33',
  'позвонить завтра',
].join('\n')

/** What jsQR reads in a PNG, as a phone's camera would. */
function decodePng(bytes: Buffer): string | undefined {
  const png = PNG.sync.read(bytes)
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

async function open(page: Page, lang: 'ru' | 'en') {
  host = await startHostProcess({ dataDir: newDataDir(), lang, clockStart: tuesdayMorning })
  await importCsv(host, customers, 'клиенты.csv')
  await callHost(host, 'optOuts.addNumbers', { text: '8 916 333-33-33', note: '' })
  await callHost(host, 'settings.update', { shopName: 'Цветы на Садовой' })
  await saveShopNumber(host)
  await page.setViewportSize({ width: 1366, height: 900 })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  return app
}

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`the poster's link, QR, PNG and PDF open the shop's chat, and pasted numbers are marked (${lang})`, async ({
    page,
    context,
  }) => {
    const app = await open(page, lang)
    await app.goTo(t.nav)
    await expect(app.heading(t.nav)).toBeVisible()
    const link = await callHost<OptInLink>(host, 'optIn.link', { language: lang })
    if (!link.ready) throw new Error('the link should be ready')
    expect(link.url.startsWith('https://wa.me/79160001122?text=')).toBe(true)
    await expect(page.getByTestId('opt-in-text')).toHaveText(t.readyText)
    await expect(page.getByRole('textbox', { name: t.link, exact: true })).toHaveValue(link.url)

    // The QR on the screen, as Chromium drew it.
    const qr = page.getByTestId('opt-in-qr')
    await expect(qr).toBeVisible()
    expect(decodePng(await qr.screenshot())).toBe(link.url)
    await hideToasts(page)
    await pageShot(page, `qr-opt-in-page-${lang}`)

    const downloadPng = page.waitForEvent('download')
    await page.getByRole('button', { name: t.png }).click()
    const png = await downloadPng
    expect(png.suggestedFilename()).toMatch(/\.png$/)
    expect(decodePng(readFileSync(await png.path()))).toBe(link.url)

    const downloadPdf = page.waitForEvent('download')
    await page.getByRole('button', { name: t.posterA4 }).click()
    const pdf = await downloadPdf
    expect(pdf.suggestedFilename()).toMatch(/A4\.pdf$/)
    const pdfBytes = readFileSync(await pdf.path())
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-')
    // The printed poster, drawn by pdf.js in Chromium at about 110 dpi, decodes to the link.
    const poster = await renderPdfPage(context, pdfBytes)
    mkdirSync(shotsDir, { recursive: true })
    writeFileSync(`${shotsDir}/qr-opt-in-poster-a4-${lang}.png`, poster)
    expect(decodePng(poster)).toBe(link.url)

    // Those who wrote: pasted, previewed, marked.
    await page.getByRole('textbox', { name: t.numbers }).fill(pasted)
    await page.getByRole('button', { name: t.check, exact: true }).click()
    const preview = page.getByTestId('opt-in-preview')
    await expect(preview.getByText(t.mark)).toBeVisible()
    await expect(preview.getByText(t.add)).toBeVisible()
    await expect(preview.getByText(t.optedOut, { exact: false })).toBeVisible()
    await expect(preview.getByRole('cell', { name: t.notNumber })).toBeVisible()
    await pageShot(page, `qr-opt-in-preview-${lang}`)
    // Nothing is written by the preview.
    expect((await callHost<ContactPage>(host, 'contacts.query', {})).total).toBe(3)

    await page.getByRole('button', { name: t.apply, exact: true }).click()
    const outcome = page.getByTestId('opt-in-outcome')
    await expect(outcome.getByText(t.marked, { exact: false })).toBeVisible()
    await expect(outcome.getByText(t.added)).toBeVisible()
    await expect(outcome.getByText(t.optedOut, { exact: false })).toBeVisible()
    await pageShot(page, `qr-opt-in-outcome-${lang}`)

    const book = await callHost<ContactPage>(host, 'contacts.query', { limit: 10 })
    const contact = (name: string) => {
      const id = book.rows.find((row) => row.name === name)?.id ?? 0
      return callHost<Contact>(host, 'contacts.get', { id })
    }
    expect(await contact('Борис Иванов')).toMatchObject({
      consent: 'granted',
      consentSource: t.source,
      savedNumber: 'likely',
      savedNumberSource: 'qr',
      chatsWithShop: true,
    })
    expect(await contact('Мария')).toMatchObject({ consent: 'granted', savedNumber: 'likely' })
    expect(await contact('Вера Кузнецова')).toMatchObject({ optedOut: true, chatsWithShop: false })
  })
}
