import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { PartResult } from './bench-calls'
import { builtApp } from './built-app'

/** Every file under `dir`, with its path. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

/** The files the page itself asks for before anything shows: its script, preloads and styles. */
function firstScreenFiles(rendererDir: string): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  return Array.from(html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g), (match) =>
    join(rendererDir, match[1] ?? ''),
  )
}

/**
 * What the renderer weighs as a browser would fetch it compressed: each JS and CSS file of the
 * built renderer gzipped on its own (zlib, level 9 as servers ship static files) and summed.
 */
export function benchBundle(): Promise<PartResult> {
  const rendererDir = join(builtApp(), 'renderer')
  let js = 0
  let css = 0
  let raw = 0
  const files = filesUnder(rendererDir).filter((file) => /\.(js|css)$/.test(file))
  const firstScreen = new Set(firstScreenFiles(rendererDir))
  let first = 0
  for (const file of files) {
    const content = readFileSync(file)
    const gzipped = gzipSync(content, { level: 9 }).length
    if (firstScreen.has(file)) first += gzipped
    raw += content.length
    if (file.endsWith('.css')) css += gzipped
    else js += gzipped
  }
  return Promise.resolve({
    figures: {
      rendererGzipKb: kb(js + css),
      rendererJsGzipKb: kb(js),
      rendererCssGzipKb: kb(css),
      rendererRawKb: kb(raw),
      // Sections other than the contact book load when first opened; this is what the first screen waits for.
      rendererFirstScreenGzipKb: kb(first),
    },
    // Not a size to match runs on: splitting the bundle changes the count, and that is what to compare.
    sizes: {},
  })
}
