import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  coreLostStep,
  coreRestartsAllowed,
  restartNotice,
  type CoreLostStep,
} from './core-lost-step'

describe('the core’s process ending on its own', () => {
  it('is started again the first time, and the app gives up the second time', () => {
    expect(coreLostStep({ quitting: false, restarts: 0 })).toBe('restart')
    expect(coreLostStep({ quitting: false, restarts: 1 })).toBe('give_up')
  })

  it('changes nothing while the app quits', () => {
    expect(coreLostStep({ quitting: true, restarts: 0 })).toBe('ignore')
  })

  it('never restarts more than allowed, however many times the core dies', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 30 }), (quittingAtEachLoss) => {
        let restarts = 0
        const steps: CoreLostStep[] = []
        for (const quitting of quittingAtEachLoss) {
          const step = coreLostStep({ quitting, restarts })
          steps.push(step)
          if (step === 'restart') restarts += 1
          if (step === 'give_up') break
        }
        expect(restarts).toBeLessThanOrEqual(coreRestartsAllowed)
        // Given up only after the allowed restart was used.
        if (steps.includes('give_up')) expect(restarts).toBe(coreRestartsAllowed)
      }),
    )
  })
})

describe('the window once a new core is up', () => {
  it('is told in the window on screen, which the owner reloads; a hidden or closed one is told in a box too', () => {
    expect(restartNotice('shown')).toBe('banner')
    expect(restartNotice('hidden')).toBe('banner_and_box')
    expect(restartNotice('none')).toBe('box')
  })
})
