import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { UpdateStatus } from '../../../shared/updates'
import { FakeClock } from '../time/fake-clock'
import { checkEveryMs } from './update-decision'
import { createUpdateService } from './update-service'
import type { Updater, UpdaterState } from './updater'

const hour = 60 * 60 * 1000

/** An updater that records what it is told; the test plays the feed and the owner. */
function fakeUpdater() {
  let state: UpdaterState = { kind: 'idle' }
  const listeners = new Set<(state: UpdaterState) => void>()
  const questions: { version: string; answer: (yes: boolean) => void }[] = []
  const log: string[] = []
  const updater: Updater = {
    state: () => state,
    onState(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    check: () => log.push('check'),
    askToRestart: (version) =>
      new Promise<boolean>((resolve) => {
        log.push(`ask ${version}`)
        questions.push({ version, answer: resolve })
      }),
    install: () => log.push('install'),
  }
  const report = (next: UpdaterState) => {
    state = next
    for (const listener of listeners) listener(next)
  }
  return { updater, report, questions, log }
}

function setup() {
  const clock = new FakeClock()
  const fake = fakeUpdater()
  let sending = false
  const statuses: UpdateStatus[] = []
  const service = createUpdateService({
    clock,
    updater: fake.updater,
    unavailable: 'development',
    version: '0.1.0',
    sendingNow: () => ({ sending, changesAt: null }),
    language: () => 'ru',
    onStatus: (status) => statuses.push(status),
  })
  const setSending = (on: boolean) => {
    sending = on
    service.campaignsChanged()
  }
  return { clock, ...fake, service, setSending, statuses, isSending: () => sending }
}

/** Lets the owner's answer (a resolved promise) reach the service. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the update service', () => {
  it('says which step failed: a check, the download or the install, and whether it was the connection', async () => {
    const { service, report, questions } = setup()
    service.start()
    report({ kind: 'checking' })
    report({ kind: 'error', reason: 'net::ERR_INTERNET_DISCONNECTED' })
    expect(service.status().state).toEqual({
      kind: 'error',
      stage: 'check',
      network: true,
      reason: 'net::ERR_INTERNET_DISCONNECTED',
    })
    report({ kind: 'downloading', version: '0.2.0', percent: 40 })
    report({ kind: 'error', reason: 'sha512 checksum mismatch' })
    expect(service.status().state).toMatchObject({ stage: 'download', network: false })
    // Downloaded, the owner says yes, the install fails (macOS refuses an unsigned update).
    report({ kind: 'downloaded', version: '0.2.0' })
    questions[0]?.answer(true)
    await settle()
    report({ kind: 'error', reason: 'Could not get code signature for running application' })
    expect(service.status().state).toMatchObject({
      kind: 'error',
      stage: 'install',
      network: false,
    })
    // The shell's own word wins when it gives one.
    report({ kind: 'error', reason: 'ETIMEDOUT', stage: 'download' })
    expect(service.status().state).toMatchObject({ stage: 'download', network: true })
  })

  it('checks at start and again every 24 hours on the clock', () => {
    const { clock, service, log, report } = setup()
    service.start()
    expect(log).toEqual(['check'])
    report({ kind: 'up_to_date' })
    clock.advance(checkEveryMs - 1)
    expect(log).toEqual(['check'])
    clock.advance(1)
    expect(log).toEqual(['check', 'check'])
    expect(service.status().lastCheckAt).toBe(clock.now())
  })

  it('asks when the download is done, and installs on "Restart now"', async () => {
    const { service, report, questions, log } = setup()
    service.start()
    report({ kind: 'downloading', version: '0.2.0', percent: 50 })
    expect(service.status().state).toEqual({ kind: 'downloading', version: '0.2.0', percent: 50 })
    report({ kind: 'downloaded', version: '0.2.0' })
    expect(log).toEqual(['check', 'ask 0.2.0'])
    questions[0]?.answer(true)
    await settle()
    expect(log).toEqual(['check', 'ask 0.2.0', 'install'])
  })

  it('holds the question while a campaign sends, and asks once it stops', () => {
    const { service, report, log, setSending } = setup()
    service.start()
    setSending(true)
    report({ kind: 'downloaded', version: '0.2.0' })
    expect(log).toEqual(['check'])
    expect(service.status().state).toEqual({ kind: 'ready', version: '0.2.0', held: true })
    // Settings' restart button is refused too.
    service.restartNow()
    expect(log).toEqual(['check'])
    setSending(false)
    expect(log).toEqual(['check', 'ask 0.2.0'])
  })

  it('does not restart on a yes that comes after a campaign started sending; asks again later', async () => {
    const { service, report, log, questions, setSending } = setup()
    service.start()
    report({ kind: 'downloaded', version: '0.2.0' })
    setSending(true)
    questions[0]?.answer(true)
    await settle()
    expect(log).not.toContain('install')
    setSending(false)
    expect(log.filter((l) => l.startsWith('ask'))).toHaveLength(2)
  })

  it('after "Later", Settings may still restart; the question comes back the next day', async () => {
    const { clock, service, report, log, questions } = setup()
    service.start()
    report({ kind: 'downloaded', version: '0.2.0' })
    questions[0]?.answer(false)
    await settle()
    clock.advance(hour)
    expect(log).toEqual(['check', 'ask 0.2.0'])
    service.restartNow()
    expect(log.at(-1)).toBe('install')
  })

  it('re-decides when a sending window closes (the clock, not an event)', () => {
    const clock = new FakeClock()
    const fake = fakeUpdater()
    const closesAt = clock.now() + 2 * hour
    const service = createUpdateService({
      clock,
      updater: fake.updater,
      unavailable: 'development',
      version: '0.1.0',
      sendingNow: (at) =>
        at < closesAt
          ? { sending: true, changesAt: closesAt }
          : { sending: false, changesAt: null },
      language: () => null,
      onStatus: () => undefined,
    })
    service.start()
    fake.report({ kind: 'downloaded', version: '0.2.0' })
    clock.advance(2 * hour - 1)
    expect(fake.log).toEqual(['check'])
    clock.advance(1)
    expect(fake.log).toEqual(['check', 'ask 0.2.0'])
  })

  it('says the updater is not in this build when the shell has none', () => {
    const service = createUpdateService({
      clock: new FakeClock(),
      updater: undefined,
      unavailable: 'browser',
      version: '0.1.0',
      sendingNow: () => ({ sending: false, changesAt: null }),
      language: () => null,
      onStatus: () => undefined,
    })
    service.start()
    expect(service.checkNow()).toEqual({
      version: '0.1.0',
      state: { kind: 'unavailable', why: 'browser' },
      lastCheckAt: null,
    })
    expect(service.restartNow().state.kind).toBe('unavailable')
  })

  it('property: over any run, no question and no install ever happens while a campaign is sending', async () => {
    type Step =
      | { kind: 'report'; state: UpdaterState }
      | { kind: 'sending'; on: boolean }
      | { kind: 'advance'; ms: number }
      | { kind: 'answer'; yes: boolean }
      | { kind: 'restart' }
      | { kind: 'check' }
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc
        .oneof(
          fc.constant<UpdaterState>({ kind: 'checking' }),
          fc.constant<UpdaterState>({ kind: 'up_to_date' }),
          fc.constant<UpdaterState>({ kind: 'downloading', version: '0.2.0', percent: 30 }),
          fc.constantFrom('0.2.0', '0.3.0').map<UpdaterState>((version) => ({
            kind: 'downloaded',
            version,
          })),
          fc.constant<UpdaterState>({ kind: 'error', reason: 'offline' }),
        )
        .map((state) => ({ kind: 'report' as const, state })),
      fc.boolean().map((on) => ({ kind: 'sending' as const, on })),
      fc.integer({ min: 0, max: 30 * hour }).map((ms) => ({ kind: 'advance' as const, ms })),
      fc.boolean().map((yes) => ({ kind: 'answer' as const, yes })),
      fc.constant({ kind: 'restart' as const }),
      fc.constant({ kind: 'check' as const }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        const run = setup()
        const violations: string[] = []
        // Every question and install is judged at the moment it happens.
        const original = { ...run.updater }
        run.updater.askToRestart = (version, language) => {
          if (run.isSending()) violations.push('asked while sending')
          return original.askToRestart(version, language)
        }
        run.updater.install = () => {
          if (run.isSending()) violations.push('installed while sending')
          original.install()
        }
        run.service.start()
        for (const s of steps) {
          if (s.kind === 'report') run.report(s.state)
          else if (s.kind === 'sending') run.setSending(s.on)
          else if (s.kind === 'advance') run.clock.advance(s.ms)
          else if (s.kind === 'restart') run.service.restartNow()
          else if (s.kind === 'check') run.service.checkNow()
          else {
            run.questions.shift()?.answer(s.yes)
            await settle()
          }
        }
        expect(violations).toEqual([])
        run.service.stop()
      }),
      { numRuns: 200 },
    )
  })
})
