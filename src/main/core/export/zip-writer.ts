import { strToU8, Zip, ZipDeflate } from 'fflate'
import { nextTurn } from './next-turn'

/**
 * A zip built file by file from pieces of text: each piece is deflated as it comes, so only the
 * compressed bytes are held, never a whole file's text.
 */
export function createZipWriter() {
  const parts: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else parts.push(chunk)
  })
  const names = new Set<string>()

  return {
    /**
     * Adds a file; a name already used gets " (2)", " (3)"… before its extension. A turn of the
     * event loop after each piece (next-turn.ts): files are added one after another, awaited.
     */
    async addText(name: string, pieces: Iterable<string>): Promise<string> {
      const unique = uniqueName(name, names)
      names.add(unique)
      const entry = new ZipDeflate(unique, { level: 6 })
      zip.add(entry)
      for (const piece of pieces) {
        entry.push(strToU8(piece))
        await nextTurn()
      }
      entry.push(new Uint8Array(0), true)
      return unique
    },
    finish(): Buffer {
      zip.end()
      if (failure) throw failure
      return Buffer.concat(parts)
    },
  }
}

function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name
  const dot = name.lastIndexOf('.')
  const [stem, ext] =
    dot > name.lastIndexOf('/') ? [name.slice(0, dot), name.slice(dot)] : [name, '']
  for (let n = 2; ; n += 1) {
    const candidate = `${stem} (${String(n)})${ext}`
    if (!taken.has(candidate)) return candidate
  }
}
