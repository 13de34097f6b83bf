import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { defaultWindow } from '../../../shared/senders'
import { sendingAt } from './sending-now'

const moscow = { window: defaultWindow, timeZone: 'Europe/Moscow' }
const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Moscow' }).toMillis()

describe('is a campaign sending now (for the updater)', () => {
  it('a running campaign sends inside its window, not after it', () => {
    expect(sendingAt([1], () => moscow, at('2026-12-01T11:00')).sending).toBe(true)
    expect(sendingAt([1], () => moscow, at('2026-12-01T20:30')).sending).toBe(false)
    expect(sendingAt([], () => moscow, at('2026-12-01T11:00')).sending).toBe(false)
  })

  it('a message in flight (an open chat, a request on its way) is sending, whatever the time or campaign', () => {
    // Paused with its chat open, or after 20:00 with the chat still unanswered.
    expect(sendingAt([], () => moscow, at('2026-12-01T11:00'), true).sending).toBe(true)
    expect(sendingAt([1], () => moscow, at('2026-12-01T20:30'), true).sending).toBe(true)
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 5 }),
        fc.integer({ min: at('2026-01-01T00:00'), max: at('2027-01-01T00:00') }),
        (running, now) => {
          expect(sendingAt(running, () => moscow, now, true).sending).toBe(true)
          // It ends on an event (the answer), never on the clock: the wake is the window's own.
          expect(sendingAt(running, () => moscow, now, true).changesAt).toBe(
            sendingAt(running, () => moscow, now).changesAt,
          )
        },
      ),
    )
  })
})
