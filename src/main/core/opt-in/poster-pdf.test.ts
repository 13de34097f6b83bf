// The poster as a customer meets it: its words read back from the PDF (Cyrillic included), and its
// printed QR — the page rendered to pixels by pdf.js on a real canvas — decoded by jsQR to the link.
// The PNG for websites is decoded the same way.
import { createCanvas } from '@napi-rs/canvas'
import jsQR from 'jsqr'
import { join } from 'node:path'
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import type { BinaryDownload } from '../../../shared/backups'
import type { OptInLink } from '../../../shared/opt-in'
import type { Sender } from '../../../shared/senders'
import type { Core } from '../create-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'

const pointsPerMm = 72 / 25.4

async function openPdf(download: BinaryDownload): Promise<PDFDocumentProxy> {
  const data = new Uint8Array(Buffer.from(download.base64, 'base64'))
  // Glyphs drawn as paths: Node has no FontFace to load the embedded font into.
  return getDocument({ data, disableFontFace: true, useSystemFonts: false }).promise
}

async function pageText(doc: PDFDocumentProxy): Promise<string[]> {
  const content = await (await doc.getPage(1)).getTextContent()
  return content.items.flatMap((item) => ('str' in item && item.str !== '' ? [item.str] : []))
}

/** The printed page at about 110 dpi, as a phone's camera would get it, decoded. */
async function qrOnPage(doc: PDFDocumentProxy): Promise<string | undefined> {
  const page = await doc.getPage(1)
  const viewport = page.getViewport({ scale: 1.5 })
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  const context = canvas.getContext('2d')
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise
  const image = context.getImageData(0, 0, canvas.width, canvas.height)
  return jsQR(image.data, image.width, image.height)?.data
}

describe('the QR opt-in poster', () => {
  const tempDir = useTempDir()

  async function shop(shopName = 'Цветы на Садовой') {
    const { core } = createTestCore(join(tempDir(), 'data'))
    await callCore(core, 'settings.update', { shopName })
    const sender = await callCore<Sender>(core, 'senders.save', {
      label: 'Магазин',
      phone: '8 916 123-45-67',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
    })
    return { core, sender }
  }
  const link = async (core: Core, language: 'ru' | 'en', senderId?: number) => {
    const value = await callCore<OptInLink>(core, 'optIn.link', { language, senderId })
    if (!value.ready) throw new Error(`not ready: ${value.missing.join(', ')}`)
    return value
  }

  it.each([
    ['ru', 'a4', 'Получайте наши новости в WhatsApp', 'Наведите камеру телефона на код'],
    ['ru', 'a5', 'Получайте наши новости в WhatsApp', 'Отписаться можно в любой момент'],
    ['en', 'a4', 'Get our news on WhatsApp', 'Point your phone’s camera at the code'],
    ['en', 'a5', 'Get our news on WhatsApp', 'You can stop any time'],
  ] as const)(
    '%s %s: says what it is, names the shop, prints the link, and its QR decodes to it',
    async (language, size, heading, line) => {
      const { core } = await shop()
      const { url } = await link(core, language)
      const download = await callCore<BinaryDownload>(core, 'optIn.poster', { language, size })
      expect(download.mimeType).toBe('application/pdf')
      expect(download.fileName).toMatch(new RegExp(`${size.toUpperCase()}\\.pdf$`))
      const doc = await openPdf(download)
      const page = await doc.getPage(1)
      const [, , widthPt, heightPt] = page.view
      expect(Math.round((widthPt ?? 0) / pointsPerMm)).toBe(size === 'a4' ? 210 : 148)
      expect(Math.round((heightPt ?? 0) / pointsPerMm)).toBe(size === 'a4' ? 297 : 210)

      const text = await pageText(doc)
      expect(text).toContain(heading)
      expect(text).toContain('Цветы на Садовой')
      expect(text.some((piece) => piece.startsWith(line))).toBe(true)
      // The link is printed in small lines, cut between escapes: joined, it is the link.
      const linkStart = text.findIndex((piece) => piece.startsWith('https://wa.me/'))
      expect(text.slice(linkStart).join('')).toContain(url)

      expect(await qrOnPage(doc)).toBe(url)
    },
  )

  it('opens the chosen sender’s number when there are several', async () => {
    const { core, sender } = await shop()
    const second = await callCore<Sender>(core, 'senders.save', {
      label: 'Второй',
      phone: '+7 903 555-44-33',
      startedOn: '2025-01-01',
      timeZone: 'Europe/Moscow',
    })
    const first = await link(core, 'ru', sender.id)
    const other = await link(core, 'ru', second.id)
    expect(first.url.startsWith('https://wa.me/79161234567?text=')).toBe(true)
    expect(other.url.startsWith('https://wa.me/79035554433?text=')).toBe(true)
    expect(other.senders.map((s) => s.label).sort()).toEqual(['Второй', 'Магазин'])
    const doc = await openPdf(
      await callCore<BinaryDownload>(core, 'optIn.poster', {
        language: 'ru',
        size: 'a5',
        senderId: second.id,
      }),
    )
    expect(await qrOnPage(doc)).toBe(other.url)
  })

  it('gives a PNG for websites and social pages that decodes to the link', async () => {
    const { core } = await shop()
    const { url, qrSvg } = await link(core, 'en')
    expect(qrSvg).toMatch(/^<svg[^>]*viewBox/)
    const download = await callCore<BinaryDownload>(core, 'optIn.qrPng', { language: 'en' })
    expect(download.mimeType).toBe('image/png')
    const png = PNG.sync.read(Buffer.from(download.base64, 'base64'))
    expect(png.width).toBeGreaterThanOrEqual(900)
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(url)
  })

  it('says what to fill in when there is no number or no shop name, and refuses the downloads', async () => {
    const { core } = createTestCore(join(tempDir(), 'data'))
    expect(await callCore<OptInLink>(core, 'optIn.link', { language: 'ru' })).toEqual({
      ready: false,
      senders: [],
      missing: ['sender', 'shop_name'],
    })
    await expect(
      callCore(core, 'optIn.poster', { language: 'ru', size: 'a4' }),
    ).rejects.toMatchObject({
      error: {
        code: 'invalid_input',
        issues: [
          { path: 'senderId', message: 'missing' },
          { path: 'shopName', message: 'missing' },
        ],
      },
    })
    const { core: named } = await shop('  ')
    expect(await callCore<OptInLink>(named, 'optIn.link', { language: 'en' })).toMatchObject({
      ready: false,
      missing: ['shop_name'],
    })
  })
})
