import type { PartResult } from './bench-calls'
import { call, percentile } from './bench-calls'
import { bookDataDir } from './book-fixture'
import { openBenchCore } from './import-bench'
import { firstTablePage, tablePageSize } from './ui-queries'

// What people type into the search box: parts of names and runs of digits, some spelt as written.
const queries = [
  'ива',
  'иванов',
  'петрова анна',
  'ахмет',
  'ёдор',
  'vip',
  '916',
  '9161',
  '7701',
  '375 29',
  '495',
  'ко',
  'шевч',
  '8 916 1',
  '67',
]
const rounds = 20

/**
 * The contact table's first page for a search text, asked exactly as the renderer asks it (its
 * query and page size, through dispatch), over a book of `rows` contacts.
 */
export async function benchSearch(options: { rows: number }): Promise<PartResult> {
  const core = openBenchCore(await bookDataDir(options.rows))
  try {
    const times: number[] = []
    for (let round = 0; round < rounds; round += 1) {
      for (const search of queries) {
        const query = firstTablePage(search)
        const start = performance.now()
        await call(core, 'contacts.query', query)
        times.push(performance.now() - start)
      }
    }
    times.sort((a, b) => a - b)
    const ms = (n: number) => Math.round(n * 1000) / 1000
    return {
      figures: {
        searchP50Ms: ms(percentile(times, 50)),
        searchP95Ms: ms(percentile(times, 95)),
      },
      sizes: {
        searchBookRows: options.rows,
        searchQueries: times.length,
        searchPageRows: tablePageSize,
      },
    }
  } finally {
    core.close()
  }
}
