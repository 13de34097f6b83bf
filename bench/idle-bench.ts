import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { Campaign } from '../src/shared/campaigns'
import type { ContactPage } from '../src/shared/contacts'
import type { ListSummary } from '../src/shared/lists'
import type { Sender } from '../src/shared/senders'
import { createCore } from '../src/main/core/create-core'
import { createHostCapabilities } from '../src/main/host/host-capabilities'
import { createScaledClock } from '../src/main/host/scaled-clock'
import type { PartResult } from './bench-calls'
import { call, percentile } from './bench-calls'
import { copyOfBook } from './book-fixture'
import { countingClock } from './counting-clock'

const hourMs = 3_600_000
/** Simulated hours measured in a row; the median one is reported. */
const hours = 5
/** A Tuesday, 02:00 in Moscow: the sender's window (10:00–20:00) opens eight hours later. */
const simulatedStart = Date.parse('2026-03-02T23:00:00Z')
/** Lets the start's own work (the claim check, the first reads) finish before measuring. */
const settleMs = 2000

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A full garbage collection, then a pause: otherwise the collection of what earlier work left (the
 * book's import, a closed core) lands in whichever measurement comes next — a few hundred ms.
 */
async function settle(): Promise<void> {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
  await wait(settleMs)
}

/**
 * Process CPU time (user + system) in milliseconds spent in each of `windows` spans of `ms` real
 * time in a row, and the median span. A one-off in the process (V8 shrinking its heap some seconds
 * after the last busy moment: 100–300 ms at once) lands in one span; the median is the steady state.
 */
async function medianCpuDuring(ms: number, windows: number): Promise<number> {
  const spans: number[] = []
  for (let i = 0; i < windows; i += 1) {
    const before = process.cpuUsage()
    await wait(ms)
    const used = process.cpuUsage(before)
    spans.push((used.user + used.system) / 1000)
  }
  return percentile(
    spans.sort((a, b) => a - b),
    50,
  )
}

/**
 * The scheduler between sends: a running campaign of 200 people over the 100 000-contact book,
 * started at night so its next send is hours away. The core runs on the host's scaled clock (the
 * timers it really arms fire, `scale` times sooner), and the process's CPU time is taken in each
 * of five simulated hours in a row; the median hour is reported. Before the core opens, the same wait without it: what the process costs
 * anyway (Node's own timers and housekeeping), so the core's part is the difference.
 */
export async function benchIdle(options: { rows: number; scale: number }): Promise<PartResult> {
  const dataDir = await copyOfBook(options.rows)
  const realHourMs = hourMs / options.scale
  await settle()
  const baselineMs = await medianCpuDuring(realHourMs, hours)
  const { clock, counts } = countingClock(
    createScaledClock({ startAt: simulatedStart, scale: options.scale }),
  )
  const core = createCore({
    dataDir,
    clock,
    capabilities: createHostCapabilities(dataDir).capabilities,
    version: 'bench',
    shell: 'browser',
  })
  let cpuMs: number
  let armed: number
  let fired: number
  try {
    const sender = await call<Sender>(core, 'senders.save', {
      label: 'Магазин',
      phone: '+79030000000',
      startedOn: '2025-01-15',
      timeZone: 'Europe/Moscow',
    })
    const page = await call<ContactPage>(core, 'contacts.query', { limit: 200 })
    const list = await call<ListSummary>(core, 'lists.create', {
      name: 'Ночная рассылка',
      contactIds: page.rows.map((row) => row.id),
    })
    const saved = await call<Campaign>(core, 'campaigns.save', {
      name: 'Весенняя распродажа',
      senderId: sender.id,
      listIds: [list.id],
      text: 'Здравствуйте, {{first_name|друг}}! Скидка 20% до воскресенья.',
    })
    const campaign = await call<Campaign>(core, 'campaigns.start', { id: saved.id })
    if (campaign.state !== 'running') throw new Error(`campaign is ${campaign.state}, not running`)

    await settle()
    const from = clock.now()
    const next = core.scheduler.next(sender.id)
    if (next.at === null || next.at < from + hours * hourMs) {
      throw new Error(`the next send is not ${String(hours)} hours away: ${JSON.stringify(next)}`)
    }
    armed = counts.armed
    fired = counts.fired
    cpuMs = await medianCpuDuring(realHourMs, hours)
    armed = counts.armed - armed
    fired = counts.fired - fired
  } finally {
    core.close()
  }
  const tenths = (n: number) => Math.round(n * 10) / 10
  return {
    figures: {
      schedulerIdleCpuPerSimulatedHourMs: tenths(cpuMs),
      // As if that hour passed in real time: the same timers fire per simulated hour at any scale.
      schedulerIdleCoreSharePercent: Math.round((cpuMs / hourMs) * 100 * 10_000) / 10_000,
      schedulerIdleBaselineCpuMs: tenths(baselineMs),
    },
    sizes: {
      idleTimeScale: options.scale,
      idleRealMsPerSimulatedHour: realHourMs,
      idleSimulatedHours: hours,
      idleTimersArmed: armed,
      idleTimersFired: fired,
    },
  }
}
