import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ConsentState, ContactPage, SavedNumberState } from '../../../shared/contacts'
import { phoneKinds } from '../../../shared/contacts'
import type { ListDetail } from '../../../shared/lists'
import type { PhoneReach } from '../../../shared/phone-reach'
import { eligibilityOf } from '../eligibility/eligibility'
import { listMessageMiss } from '../eligibility/list-message-reach'
import { callCore, importFile } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'

interface Person {
  consent: ConsentState
  optedOut: boolean
  savedNumber: SavedNumberState
}

const phoneOf = (i: number) => `+7916100${String(i).padStart(4, '0')}`

describe('how many of a list a list message from the phone would reach', () => {
  const tempDir = useTempDir()

  /** A book of these people (Клиент 0, 1, …) in one list, each as described. */
  async function listOf(people: readonly Person[], broadcastWithoutConsent = false) {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const consentCell = { granted: 'да', withdrawn: 'нет', unknown: '' } as const
    const table = [
      'Name,Phone,Consent',
      ...people.map((p, i) => `Клиент ${String(i)},${phoneOf(i)},${consentCell[p.consent]}`),
    ].join('\n')
    writeFileSync(join(dir, 'book.csv'), table)
    await importFile(core, join(dir, 'book.csv'))
    await callCore(core, 'settings.update', { broadcastWithoutConsent })
    const rows = (await callCore<ContactPage>(core, 'contacts.query', { limit: 500 })).rows
    const idOf = (i: number) => rows.find((r) => r.primaryPhone === phoneOf(i))?.id ?? 0
    for (const [i, person] of people.entries()) {
      if (person.optedOut) await callCore(core, 'optOuts.addNumbers', { text: phoneOf(i) })
      if (person.savedNumber !== 'unknown')
        await callCore(core, 'contacts.update', { id: idOf(i), savedNumber: person.savedNumber })
    }
    const list = await callCore<ListDetail>(core, 'lists.create', {
      name: 'Весна',
      contactIds: people.map((_, i) => idOf(i)),
    })
    const reach = () => callCore<PhoneReach>(core, 'lists.phoneReach', { id: list.id })
    return { core, list, reach, idOf }
  }

  it('counts who may be messaged and saved the number, and names who it misses, by why', async () => {
    const { core, reach } = await listOf([
      { consent: 'granted', optedOut: false, savedNumber: 'yes' },
      { consent: 'granted', optedOut: false, savedNumber: 'likely' },
      { consent: 'granted', optedOut: true, savedNumber: 'yes' },
      { consent: 'withdrawn', optedOut: false, savedNumber: 'yes' },
      { consent: 'granted', optedOut: false, savedNumber: 'no' },
      { consent: 'granted', optedOut: false, savedNumber: 'unknown' },
      { consent: 'unknown', optedOut: false, savedNumber: 'unknown' },
    ])
    const result = await reach()
    expect(result).toMatchObject({ members: 7, reached: 2, reachedLikely: 1 })
    const names = (miss: keyof PhoneReach['missed']) =>
      result.missed[miss].map((p) => [p.name, p.reason])
    expect(names('not_eligible')).toEqual([
      ['Клиент 2', 'opted_out'],
      ['Клиент 3', 'consent_withdrawn'],
      ['Клиент 6', 'no_consent'],
    ])
    expect(names('not_saved')).toEqual([['Клиент 4', null]])
    expect(names('saved_unknown')).toEqual([['Клиент 5', null]])
    core.close()
  })

  it('changes at once when someone opts out or is marked', async () => {
    const { core, reach, idOf } = await listOf([
      { consent: 'granted', optedOut: false, savedNumber: 'yes' },
      { consent: 'granted', optedOut: false, savedNumber: 'unknown' },
    ])
    expect((await reach()).reached).toBe(1)
    await callCore(core, 'contacts.markSavedNumber', { ids: [idOf(1)], savedNumber: 'yes' })
    expect((await reach()).reached).toBe(2)
    await callCore(core, 'optOuts.addNumbers', { text: phoneOf(0) })
    const after = await reach()
    expect(after.reached).toBe(1)
    expect(after.missed.not_eligible.map((p) => p.name)).toEqual(['Клиент 0'])
    core.close()
  })

  it('says when there is no such list', async () => {
    const { core } = await listOf([
      { consent: 'granted', optedOut: false, savedNumber: 'yes' },
      { consent: 'granted', optedOut: false, savedNumber: 'yes' },
    ])
    await expect(callCore(core, 'lists.phoneReach', { id: 9999 })).rejects.toMatchObject({
      error: { code: 'not_found' },
    })
    core.close()
  })

  const person = fc.record({
    consent: fc.constantFrom<ConsentState>('granted', 'unknown', 'withdrawn'),
    optedOut: fc.boolean(),
    savedNumber: fc.constantFrom<SavedNumberState>('yes', 'likely', 'no', 'unknown'),
  })

  it('for any list: reached + missed = members, and nobody opted out or without consent is reached', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { minLength: 2, maxLength: 7 }),
        fc.boolean(),
        async (people, withoutConsent) => {
          const { core, reach } = await listOf(people, withoutConsent)
          try {
            const result = await reach()
            const missed = Object.values(result.missed).flat()
            expect(result.reached + missed.length).toBe(people.length)
            expect(result.members).toBe(people.length)
            const missedNames = new Set(missed.map((p) => p.name))
            expect(missedNames.size).toBe(missed.length)
            for (const [i, p] of people.entries()) {
              const mayGo =
                !p.optedOut &&
                (p.consent === 'granted' || (p.consent === 'unknown' && withoutConsent))
              const reached = mayGo && (p.savedNumber === 'yes' || p.savedNumber === 'likely')
              expect(missedNames.has(`Клиент ${String(i)}`)).toBe(!reached)
            }
          } finally {
            core.close()
          }
        },
      ),
      { numRuns: 10 },
    )
  })

  it('the rule itself: whatever the facts, a reached person may be messaged and saved the number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ConsentState>('granted', 'unknown', 'withdrawn'),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(...phoneKinds),
        fc.constantFrom<SavedNumberState>('yes', 'likely', 'no', 'unknown'),
        (consent, optedOut, withoutConsent, kind, saved) => {
          const eligibility = eligibilityOf(
            { number: { e164: '+79161234567', kind }, hasNumbers: true, optedOut, consent },
            { broadcastWithoutConsent: withoutConsent },
          )
          if (listMessageMiss(eligibility, saved) !== null) return
          expect(optedOut).toBe(false)
          expect(consent).not.toBe('withdrawn')
          if (!withoutConsent) expect(consent).toBe('granted')
          expect(['yes', 'likely']).toContain(saved)
        },
      ),
    )
  })
})
