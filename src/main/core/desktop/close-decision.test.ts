import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closeStep, quitsWithLastWindow, type CloseAnswer } from './close-decision'

describe('closing the window or quitting', () => {
  it('closes or quits at once when nothing is sending', () => {
    expect(closeStep({ request: 'close_window', running: 0 })).toBe('close')
    expect(closeStep({ request: 'quit', running: 0 })).toBe('quit')
  })

  it('asks before closing the window while a campaign is running, and does what the owner says', () => {
    expect(closeStep({ request: 'close_window', running: 2 })).toBe('ask')
    expect(closeStep({ request: 'close_window', running: 2, answer: 'keep_sending' })).toBe(
      'hide_to_tray',
    )
    expect(closeStep({ request: 'close_window', running: 1, answer: 'pause_and_quit' })).toBe(
      'pause_then_quit',
    )
    expect(closeStep({ request: 'close_window', running: 1, answer: 'cancel' })).toBe('stay')
  })

  it('pauses first when the owner quits while sending (the tray, the app menu)', () => {
    expect(closeStep({ request: 'quit', running: 1 })).toBe('pause_then_quit')
  })

  it('lets the update restart through without pausing: campaigns waiting for their window go on after it', () => {
    // The update is offered only while nothing is sending (core/updates/update-decision.ts).
    expect(closeStep({ request: 'update_restart', running: 3 })).toBe('quit')
    expect(closeStep({ request: 'update_restart', running: 0 })).toBe('quit')
  })

  it('never quits or closes with a campaign running unless the owner said to', () => {
    const answers: (CloseAnswer | undefined)[] = [
      'keep_sending',
      'pause_and_quit',
      'cancel',
      undefined,
    ]
    fc.assert(
      fc.property(
        fc.constantFrom('close_window' as const, 'quit' as const),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(...answers),
        (request, running, answer) => {
          const step = closeStep({ request, running, ...(answer ? { answer } : {}) })
          // With campaigns running the app never just vanishes: it asks, pauses first, hides or stays.
          expect(['close', 'quit']).not.toContain(step)
          if (step === 'pause_then_quit')
            expect(request === 'quit' || answer === 'pause_and_quit').toBe(true)
        },
      ),
    )
  })

  it('keeps the app in the dock on macOS when its window is closed', () => {
    expect(quitsWithLastWindow('darwin')).toBe(false)
    expect(quitsWithLastWindow('win32')).toBe(true)
    expect(quitsWithLastWindow('linux')).toBe(true)
  })
})
