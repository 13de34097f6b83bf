import type { ListSummary } from '../src/shared/lists'
import type { PartResult } from './bench-calls'
import { call, percentile, timed } from './bench-calls'
import { withBookCopy } from './book-fixture'
import { worstCallDuring } from './worst-call'

/**
 * A book of `rows` contacts split into lists of at most 256 (about 390 for 100 000), then the
 * calls the Lists section makes: the overview of every list with its eligible counts, one list,
 * a plan over the whole book, and the per-send eligibility check.
 */
export async function benchLists(options: { rows: number }): Promise<PartResult> {
  return withBookCopy(options.rows, async (core) => {
    await call(core, 'optOuts.addNumbers', { text: '+79161234567\n+79031234567', note: '' })

    const everyone = { filter: {} }
    const plan = await timed(() => call(core, 'lists.plan', { selection: everyone }))
    const built = await timed(() =>
      worstCallDuring(core, () =>
        call<ListSummary[]>(core, 'lists.build', {
          selection: everyone,
          name: 'Все',
          split: true,
        }),
      ),
    )
    const build = { ms: built.ms, value: built.value.value }
    const overview = await timed(() => worstCallDuring(core, () => call(core, 'lists.all', {})))
    const gets: number[] = []
    for (const list of build.value.slice(0, 100)) {
      gets.push((await timed(() => call(core, 'lists.get', { id: list.id }))).ms)
    }
    gets.sort((a, b) => a - b)
    const checks: number[] = []
    for (let i = 0; i < 1000; i += 1) {
      const number = `+7916${String(1_000_000 + i * 7919).slice(-7)}`
      const start = performance.now()
      await call(core, 'optOuts.check', { number })
      checks.push(performance.now() - start)
    }
    checks.sort((a, b) => a - b)
    // The longest wait of a cheap call while long work runs on the core's thread (worst-call.ts).
    const planBlock = await worstCallDuring(core, () =>
      call(core, 'lists.plan', { selection: everyone }),
    )
    const exportBlock = await worstCallDuring(core, () =>
      call(core, 'contacts.exportCsv', { query: {}, language: 'ru' }),
    )
    const backupBlock = await worstCallDuring(core, () => call(core, 'backups.create', {}))
    return {
      figures: {
        listsPlanWholeBookMs: plan.ms,
        listsBuildSplitMs: build.ms,
        listsOverviewMs: overview.ms,
        listsBuildWorstCallMs: built.value.worstCallMs,
        listsOverviewWorstCallMs: overview.value.worstCallMs,
        listsGetP95Ms: percentile(gets, 95),
        optOutCheckP95Ms: Math.round(percentile(checks, 95) * 1000) / 1000,
        listsPlanWorstCallMs: planBlock.worstCallMs,
        exportWorstCallMs: exportBlock.worstCallMs,
        backupWorstCallMs: backupBlock.worstCallMs,
      },
      sizes: { listsBookRows: options.rows, listsBuilt: build.value.length },
    }
  })
}
