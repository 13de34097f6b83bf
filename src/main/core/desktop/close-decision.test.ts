import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  closeStep,
  quitPauseScope,
  quitsWithLastWindow,
  type CloseAnswer,
  type CloseRequest,
} from './close-decision'

/** Every answer the owner can give, and none (the dialog not shown yet). */
const answers: (CloseAnswer | undefined)[] = [
  'keep_sending',
  'pause_and_quit',
  'stop_import',
  'cancel',
  undefined,
]

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
    // The owner's own «Приостановить и выйти»: the scheduled campaigns are paused as well.
    expect(closeStep({ request: 'close_window', running: 1, answer: 'pause_and_quit' })).toBe(
      'pause_all_then_quit',
    )
    expect(quitPauseScope('pause_all_then_quit')).toBe('running_and_scheduled')
    expect(closeStep({ request: 'close_window', running: 1, answer: 'cancel' })).toBe('stay')
  })

  it('pauses only the running campaigns at an unasked quit (the tray, the app menu, ⌘Q)', () => {
    expect(closeStep({ request: 'quit', running: 1 })).toBe('pause_running_then_quit')
    // A scheduled campaign has nothing in flight: it stays scheduled and starts as planned.
    expect(quitPauseScope('pause_running_then_quit')).toBe('running')
    for (const step of ['close', 'quit', 'ask', 'hide_to_tray', 'stay'] as const)
      expect(quitPauseScope(step)).toBeNull()
  })

  it('asks before closing the window would quit and cancel an import under way', () => {
    const importing = { request: 'close_window' as const, running: 0, importing: true }
    expect(closeStep(importing)).toBe('ask')
    expect(closeStep({ ...importing, answer: 'stop_import' })).toBe('close')
    expect(closeStep({ ...importing, answer: 'cancel' })).toBe('stay')
    // The campaigns' «Приостановить и выйти», answered as they ended, said so too.
    expect(closeStep({ ...importing, answer: 'pause_and_quit' })).toBe('close')
    expect(closeStep({ ...importing, answer: 'keep_sending' })).toBe('stay')
    // On macOS the window closes and the app (and its import) go on in the dock: nothing to ask.
    expect(closeStep({ ...importing, closingQuits: false })).toBe('close')
    // A quit the owner chose is its own answer, as with campaigns; the OS and the update do not ask.
    expect(closeStep({ ...importing, request: 'quit' })).toBe('quit')
    expect(closeStep({ ...importing, request: 'session_end' })).toBe('quit')
    // With campaigns sending, their question is asked (its words name the import too), and an
    // answer about the import alone, given as campaigns started, keeps the window.
    expect(closeStep({ ...importing, running: 1 })).toBe('ask')
    expect(closeStep({ ...importing, running: 1, answer: 'stop_import' })).toBe('stay')
    expect(closeStep({ ...importing, running: 1, answer: 'keep_sending' })).toBe('hide_to_tray')
  })

  it('lets the OS log out or shut down at once: no question, no pause (the next start goes on)', () => {
    expect(closeStep({ request: 'session_end', running: 0 })).toBe('quit')
    expect(closeStep({ request: 'session_end', running: 4 })).toBe('quit')
    for (const answer of ['keep_sending', 'pause_and_quit', 'cancel'] as const)
      expect(closeStep({ request: 'session_end', running: 4, answer })).toBe('quit')
  })

  it('lets the update restart through without pausing: campaigns waiting for their window go on after it', () => {
    // The update is offered only while nothing is sending (core/updates/update-decision.ts).
    expect(closeStep({ request: 'update_restart', running: 3 })).toBe('quit')
    expect(closeStep({ request: 'update_restart', running: 0 })).toBe('quit')
  })

  it('never quits or closes with a campaign running unless the owner said to', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('close_window' as const, 'quit' as const),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(...answers),
        (request, running, answer) => {
          const step = closeStep({ request, running, ...(answer ? { answer } : {}) })
          // With campaigns running the app never just vanishes: it asks, pauses first, hides or stays.
          expect(['close', 'quit']).not.toContain(step)
          // Scheduled campaigns are paused only when the owner said so.
          if (step === 'pause_all_then_quit') expect(answer).toBe('pause_and_quit')
          if (step === 'pause_running_then_quit') expect(request).toBe('quit')
        },
      ),
    )
  })

  it('never closes the window on an import under way unless the owner said to quit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom(...answers),
        (running, answer) => {
          const step = closeStep({
            request: 'close_window',
            running,
            importing: true,
            closingQuits: true,
            ...(answer ? { answer } : {}),
          })
          if (step === 'close') expect(['stop_import', 'pause_and_quit']).toContain(answer)
          expect(step).not.toBe('quit')
        },
      ),
    )
  })

  it('never asks or pauses when the OS session ends or an update restarts', () => {
    const requests: CloseRequest[] = ['session_end', 'update_restart']
    fc.assert(
      fc.property(
        fc.constantFrom(...requests),
        fc.integer({ min: 0, max: 50 }),
        (request, running) => {
          const step = closeStep({ request, running })
          expect(step).toBe('quit')
          expect(quitPauseScope(step)).toBeNull()
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
