import { describe, expect, it } from 'vitest'
import { callNames } from '../../../shared/api'
import { FakeClock } from '../time/fake-clock'
import { callWrites } from './call-writes'
import { gatedClock } from './gated-clock'
import { gateWrites } from './gate-writes'
import { createWriteGate } from './write-gate'
import type { Handlers } from '../handlers'

const turn = () => new Promise((resolve) => setImmediate(resolve))

describe('the write gate', () => {
  it('runs a deferred write once it opens, in order, and at once while open', async () => {
    const gate = createWriteGate(new FakeClock())
    const done: string[] = []
    gate.defer(() => done.push('open'))
    await gate.close()
    expect(gate.closed()).toBe(true)
    gate.defer(() => done.push('first'))
    gate.defer(() => done.push('second'))
    expect(done).toEqual(['open'])
    gate.open()
    expect(done).toEqual(['open', 'first', 'second'])
  })

  it('never closes for another connection once the book is found damaged, before or while draining', async () => {
    let damaged = true
    const gate = createWriteGate(new FakeClock(), undefined, () => damaged)
    await expect(gate.close()).rejects.toMatchObject({ code: 'database_damaged' })
    expect(gate.isOpen()).toBe(true)

    // Found while a held writer was being waited for: the close gives up and the gate stays open.
    damaged = false
    let finish = (): void => {}
    void gate.hold(() => new Promise<void>((resolve) => (finish = resolve)))
    const closing = gate.close()
    await turn()
    damaged = true
    finish()
    await expect(closing).rejects.toMatchObject({ code: 'database_damaged' })
    expect(gate.isOpen()).toBe(true)
    const ran: string[] = []
    await gate.hold(() => ran.push('after'))
    expect(ran).toEqual(['after'])
  })

  it('closes only once held work has ended, and held work waits while it is closed', async () => {
    const gate = createWriteGate(new FakeClock())
    let finish = (): void => {}
    const held = gate.hold(() => new Promise<string>((resolve) => (finish = () => resolve('held'))))
    let closed = false
    const closing = gate.close().then(() => (closed = true))
    await turn()
    expect(closed).toBe(false)
    finish()
    await closing
    expect(await held).toBe('held')
    const order: string[] = []
    const later = gate.hold(() => order.push('later'))
    await turn()
    expect(order).toEqual([])
    gate.open()
    await later
    expect(order).toEqual(['later'])
  })

  it('closes anyway after drainMs when held work hangs (a network answer that never comes)', async () => {
    const clock = new FakeClock()
    const gate = createWriteGate(clock, 5000)
    void gate.hold(() => new Promise(() => undefined))
    let closed = false
    const closing = gate.close().then(() => (closed = true))
    await turn()
    clock.advance(4999)
    await turn()
    expect(closed).toBe(false)
    clock.advance(1)
    await closing
    expect(gate.closed()).toBe(true)
  })

  it('waits for background work in flight (a Cloud API send) before closing', async () => {
    const gate = createWriteGate(new FakeClock())
    let idle = (): void => {}
    const inFlight = new Promise<void>((resolve) => (idle = resolve))
    gate.alsoWaitFor(() => inFlight)
    let closed = false
    const closing = gate.close().then(() => (closed = true))
    await turn()
    expect(closed).toBe(false)
    idle()
    await closing
    expect(closed).toBe(true)
  })

  it('a second close waits for the first to open again', async () => {
    const gate = createWriteGate(new FakeClock())
    await gate.close()
    let second = false
    const closing = gate.close().then(() => (second = true))
    await turn()
    expect(second).toBe(false)
    gate.open()
    await closing
    expect(gate.closed()).toBe(true)
  })
})

describe('timers of background writers (the scheduler, backups, the poller)', () => {
  it('a tick that comes due while the gate is closed runs when it opens, a cancelled one never', async () => {
    const clock = new FakeClock()
    const gate = createWriteGate(clock)
    const background = gatedClock(clock, gate)
    const ticks: number[] = []
    background.setTimeout(() => ticks.push(clock.now()), 1000)
    const cancelled = background.setTimeout(() => ticks.push(-1), 1000)
    await gate.close()
    clock.advance(1000)
    cancelled.cancel()
    expect(ticks).toEqual([])
    clock.advance(500)
    gate.open()
    // Deferred, not dropped: it runs at the opening, seeing the time then.
    expect(ticks).toEqual([clock.now()])
  })
})

describe('calls through the gate', () => {
  it('every call of the contract is classified, and the cheap reads and the cancel never wait', () => {
    expect(Object.keys(callWrites).sort()).toEqual([...callNames].sort())
    for (const name of ['settings.get', 'contacts.query', 'imports.cancel', 'imports.report'])
      expect(callWrites[name as keyof typeof callWrites]).toBe('reads')
    for (const name of [
      'settings.update',
      'optOuts.addNumbers',
      'imports.start',
      'campaigns.confirm',
    ])
      expect(callWrites[name as keyof typeof callWrites]).toBe('may_write')
  })

  it('a read answers at once while closed; a write waits, then runs; open, answers stay sync', async () => {
    const gate = createWriteGate(new FakeClock())
    const wrote: string[] = []
    const handlers = gateWrites(
      {
        'settings.get': () => 'settings',
        'settings.update': () => {
          wrote.push('update')
          return 'updated'
        },
      } as unknown as Handlers,
      gate,
    )
    const call = (name: string) => (handlers as unknown as Record<string, () => unknown>)[name]?.()
    expect(call('settings.update')).toBe('updated')
    await gate.close()
    expect(call('settings.get')).toBe('settings')
    const waiting = call('settings.update') as Promise<string>
    await turn()
    expect(wrote).toEqual(['update'])
    gate.open()
    expect(await waiting).toBe('updated')
    expect(wrote).toEqual(['update', 'update'])
  })

  it('a call with its own gate (a list build) runs at once, and its write waits for another closer', async () => {
    // FakeClock: a close that waited for held work would only end after drainMs, never here.
    const gate = createWriteGate(new FakeClock())
    const steps: string[] = []
    const handlers = gateWrites(
      {
        'lists.build': async () => {
          steps.push('started')
          await gate.close()
          steps.push('wrote')
          gate.open()
          return 'built'
        },
      } as unknown as Handlers,
      gate,
    )
    const build = () =>
      (handlers as unknown as Record<string, () => Promise<string>>)['lists.build']?.()
    expect(callWrites['lists.build']).toBe('own_gate')
    // Open: it runs and its own close does not wait for itself.
    expect(await build()).toBe('built')
    expect(steps).toEqual(['started', 'wrote'])
    expect(gate.isOpen()).toBe(true)
    // Another closer (an import's apply) holds it closed: the call starts, its write waits.
    await gate.close()
    steps.length = 0
    const waiting = build()
    await turn()
    expect(steps).toEqual(['started'])
    gate.open()
    expect(await waiting).toBe('built')
    expect(steps).toEqual(['started', 'wrote'])
    expect(gate.isOpen()).toBe(true)
  })
})
