// A PDF's first page as Chromium draws it with pdf.js (pdfjs-dist), for a test to look at the
// printed page's pixels: a page of its own whose files are served by Playwright, outside the app.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { BrowserContext } from '@playwright/test'

const requireHere = createRequire(__filename)
const origin = 'http://pdf-render.test'

const renderPage = `<!doctype html><meta charset="utf-8"><body style="margin:0">
<canvas id="page"></canvas>
<script type="module">
  import * as pdfjs from '/pdf.mjs'
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs'
  try {
    const data = new Uint8Array(await (await fetch('/document.pdf')).arrayBuffer())
    const doc = await pdfjs.getDocument({ data }).promise
    const page = await doc.getPage(1)
    const viewport = page.getViewport({ scale: Number(location.hash.slice(1)) })
    const canvas = document.getElementById('page')
    canvas.width = Math.ceil(viewport.width)
    canvas.height = Math.ceil(viewport.height)
    await page.render({ canvas, viewport }).promise
    document.body.dataset.rendered = 'yes'
  } catch (error) {
    document.body.dataset.rendered = String(error)
  }
</script>`

/** The page at `scale` (1 = 72 dpi) as PNG bytes. */
export async function renderPdfPage(
  context: BrowserContext,
  pdf: Buffer,
  scale = 1.5,
): Promise<Buffer> {
  const build = (file: string) => readFileSync(requireHere.resolve(`pdfjs-dist/build/${file}`))
  const files: Record<string, { body: Buffer | string; contentType: string }> = {
    '/': { body: renderPage, contentType: 'text/html' },
    '/pdf.mjs': { body: build('pdf.min.mjs'), contentType: 'text/javascript' },
    '/pdf.worker.mjs': { body: build('pdf.worker.min.mjs'), contentType: 'text/javascript' },
    '/document.pdf': { body: pdf, contentType: 'application/pdf' },
  }
  const page = await context.newPage()
  try {
    await page.route(`${origin}/**`, (route) => {
      const file = files[new URL(route.request().url()).pathname]
      return file ? route.fulfill({ status: 200, ...file }) : route.fulfill({ status: 404 })
    })
    await page.goto(`${origin}/#${String(scale)}`)
    // Strings, not functions: the e2e project has no DOM types.
    await page.waitForFunction('document.body.dataset.rendered !== undefined')
    const rendered = await page.evaluate<string>('document.body.dataset.rendered')
    if (rendered !== 'yes') throw new Error(`pdf.js could not draw the PDF: ${rendered}`)
    const dataUrl = await page.evaluate<string>(
      "document.getElementById('page').toDataURL('image/png')",
    )
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
  } finally {
    await page.close()
  }
}
