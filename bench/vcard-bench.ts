import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRecords } from '../src/main/core/contacts/import/read-records'
import { sniffFile } from '../src/main/core/contacts/import/sniff-file'
import type { PartResult } from './bench-calls'
import { importThroughCore, openBenchCore } from './import-bench'

const firstNames = ['Анна', 'Иван', 'Мария', 'Сергей', 'Ольга', 'Дмитрий', 'Елена', 'Алексей']
const lastNames = ['Иванова', 'Петров', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов', 'Лебедева']

/** 30 KB of base64 folded at 75 characters, as iOS attaches a contact's photo. */
function foldedPhoto(bytes: number): string {
  const data = Buffer.alloc(bytes)
  let x = 12345
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    data[i] = x >>> 24
  }
  const line = `PHOTO;ENCODING=b;TYPE=JPEG:${data.toString('base64')}`
  const parts = [line.slice(0, 75)]
  for (let i = 75; i < line.length; i += 74) parts.push(` ${line.slice(i, i + 74)}`)
  return parts.join('\r\n')
}

/** An iPhone export (vCard 3.0) of `cards` people, each with a photo of `photoBytes` (or none). */
async function writeIphoneVcf(path: string, cards: number, photoBytes: number): Promise<void> {
  const out = createWriteStream(path)
  const photo = photoBytes > 0 ? foldedPhoto(photoBytes) : ''
  for (let i = 0; i < cards; i++) {
    const first = firstNames[i % firstNames.length] ?? ''
    const last = lastNames[Math.floor(i / firstNames.length) % lastNames.length] ?? ''
    const mobile = String(1_000_000 + i).padStart(7, '0')
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//iPhone OS 17.5//EN',
      `N:${last};${first};;;`,
      `FN:${first} ${last} ${String(i)}`,
      `item1.TEL;type=pref:+7 (916) ${mobile.slice(0, 3)}-${mobile.slice(3, 5)}-${mobile.slice(5)}`,
      'item1.X-ABLabel:_$!<Mobile>!$_',
      `TEL;type=WORK;type=FAX:+7 (495) ${mobile.slice(0, 3)}-${mobile.slice(3, 5)}-${mobile.slice(5)}`,
      'NOTE:Постоянный клиент\\, скидка 5%',
      ...(photo === '' ? [] : [photo]),
      'END:VCARD',
      '',
    ].join('\r\n')
    if (!out.write(card)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9

/** Reads the file through the importer's reader alone, as the import's reading phase does. */
async function readMs(file: string): Promise<number> {
  const start = process.hrtime.bigint()
  const sniff = await sniffFile(file)
  for await (const _ of readRecords(file, sniff, { signal: new AbortController().signal })) {
    // only read
  }
  return Math.round(seconds(start) * 1000)
}

/**
 * The import of an iPhone vCard export of `cards` people, without photos and with a 30 KB photo
 * on every card. Photos are skipped as they stream past, so reading both takes about as long
 * (`…ReadMs`); the whole import (`…CardsPerSecond`, from `imports.create` to the report) also
 * uploads the file, which with photos is some 100 times bigger.
 */
export async function benchVcard(options: { cards: number }): Promise<PartResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rupor-bench-vcard-'))
  try {
    const figures: Record<string, number> = {}
    const sizes: Record<string, number> = { vcardCards: options.cards }
    for (const [name, photoBytes] of [
      ['vcard', 0],
      ['vcardPhoto', 30_000],
    ] as const) {
      const file = join(dir, `${name}.vcf`)
      await writeIphoneVcf(file, options.cards, photoBytes)
      figures[`${name}ReadMs`] = Math.min(await readMs(file), await readMs(file))
      const core = openBenchCore(join(dir, `data-${name}`))
      const start = process.hrtime.bigint()
      const report = await importThroughCore(core, file).finally(() => core.close())
      const took = seconds(start)
      if (report.added !== options.cards) {
        throw new Error(`${name}: added ${String(report.added)} of ${String(options.cards)}`)
      }
      figures[`${name}CardsPerSecond`] = Math.round(options.cards / took)
      sizes[`${name}FileMb`] = Math.round(statSync(file).size / 1024 / 1024)
    }
    return { figures, sizes }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
