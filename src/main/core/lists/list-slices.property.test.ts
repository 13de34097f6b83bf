// The overview and the build work through the book a slice at a time, with turns between; on any
// book they must give what the one-at-once, person-by-person paths give, and a person who is
// opted out or deleted while a build is under way must not land in its lists.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ListSummary, ParsedListSelection } from '../../../shared/lists'
import { listFilterSchema } from '../../../shared/lists'
import { createRecipientCheck } from '../eligibility/recipient-check'
import { FakeClock } from '../time/fake-clock'
import { bookOf, person, selection, type Person } from './list-book-fixture'
import { createListsService } from './lists-service'

type Book = ReturnType<typeof bookOf>

function listsOf(db: Book, broadcastWithoutConsent: boolean) {
  const check = createRecipientCheck(
    db,
    () => ({ broadcastWithoutConsent }),
    () => 'RU',
  )
  // The book's people were last edited at 0: a build started at 1000 sees none of them change.
  return createListsService({ db, clock: new FakeClock(1000), check, sliceSize: 3 })
}

const parsedOf = (chosen: { filter: object } | { contactIds: number[] }): ParsedListSelection =>
  'filter' in chosen
    ? { filter: listFilterSchema.parse(chosen.filter) }
    : { contactIds: chosen.contactIds }

/** What a build left: each list with its people in order, or the refusal's code. */
function outcome(lists: ReturnType<typeof listsOf>, built: () => ListSummary[]) {
  try {
    return built().map((summary) => ({
      ...summary,
      members: lists.get(summary.id).members.map((m) => m.contactId),
    }))
  } catch (error) {
    return { refused: (error as { code?: string }).code ?? String(error) }
  }
}

describe('lists worked out a slice at a time', () => {
  it('the overview counts every list as counting its people one by one does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { maxLength: 30 }),
        fc.array(fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 12 }), { maxLength: 7 }),
        fc.boolean(),
        async (people, memberIds, broadcastWithoutConsent) => {
          const db = bookOf(people)
          try {
            const lists = listsOf(db, broadcastWithoutConsent)
            memberIds.forEach((contactIds, index) => {
              lists.create({ name: `L${String(index)}`, description: '', contactIds })
            })
            expect(await lists.all()).toEqual(lists.allOneByOne())
          } finally {
            db.close()
          }
        },
      ),
      { numRuns: 100 },
    )
  }, 60_000)

  it('the build makes the same lists, with the same people in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { minLength: 0, maxLength: 45 }),
        selection,
        fc.boolean(),
        fc.boolean(),
        async (people, chosen, onlyEligible, broadcastWithoutConsent) => {
          const sliced = bookOf(people)
          const atOnce = bookOf(people)
          try {
            const input = {
              selection: parsedOf(chosen),
              onlyEligible,
              name: 'Все',
              description: '',
              split: true,
            }
            const a = listsOf(sliced, broadcastWithoutConsent)
            const b = listsOf(atOnce, broadcastWithoutConsent)
            let built: ListSummary[] | Error = new Error('not built')
            try {
              built = await a.build(input)
            } catch (error) {
              built = error as Error
            }
            const builtNow = built
            expect(
              outcome(a, () => {
                if (builtNow instanceof Error) throw builtNow
                return builtNow
              }),
            ).toEqual(outcome(b, () => b.buildAtOnce(input)))
          } finally {
            sliced.close()
            atOnce.close()
          }
        },
      ),
      { numRuns: 120 },
    )
  }, 60_000)

  it('splits a large book into the same near-equal lists, in the same order', async () => {
    const kinds = ['mobile', 'fixed', 'other'] as const
    const people: Person[] = Array.from({ length: 515 }, (_, i) => ({
      consent: i % 5 === 0 ? 'unknown' : 'granted',
      tagged: false,
      numbers: [{ kind: kinds[i % 3] ?? 'mobile', optedOut: i % 7 === 0 }],
      primary: i % 11 === 0 ? null : 0,
    }))
    const [sliced, atOnce] = [bookOf(people), bookOf(people)]
    try {
      const a = createListsService({
        db: sliced,
        clock: new FakeClock(1000),
        check: createRecipientCheck(
          sliced,
          () => ({ broadcastWithoutConsent: true }),
          () => 'RU',
        ),
        sliceSize: 50,
      })
      const b = listsOf(atOnce, true)
      const input = {
        selection: { filter: listFilterSchema.parse({}) },
        onlyEligible: false,
        name: 'Все',
        description: '',
        split: true,
      }
      const built = await a.build(input)
      expect(built.map((l) => l.size)).toEqual([172, 172, 171])
      expect(outcome(a, () => built)).toEqual(outcome(b, () => b.buildAtOnce(input)))
    } finally {
      sliced.close()
      atOnce.close()
    }
  })

  it('leaves out whoever is opted out or deleted while the build is under way', async () => {
    const everyoneMayGo: Person = {
      consent: 'granted',
      tagged: false,
      numbers: [{ kind: 'mobile', optedOut: false }],
      primary: 0,
    }
    const db = bookOf(Array.from({ length: 30 }, () => everyoneMayGo))
    try {
      const lists = listsOf(db, false)
      const building = lists.build({
        selection: { filter: listFilterSchema.parse({}) },
        onlyEligible: true,
        name: 'Все',
        description: '',
        split: false,
      })
      // By this turn the first slices (people 1…6) are already sorted out.
      await new Promise((resolve) => setImmediate(resolve))
      const e164 = db
        .prepare('SELECT primary_phone FROM contacts WHERE id = 1')
        .pluck()
        .get() as string
      db.prepare(
        "INSERT INTO opt_outs (e164, created_at, source) VALUES (?, 1000, 'manual_entry')",
      ).run(e164)
      db.prepare('DELETE FROM contacts WHERE id = 2').run()
      const [list] = await building
      const members = lists.get(list?.id ?? -1).members.map((m) => m.contactId)
      expect(members).not.toContain(1)
      expect(members).not.toContain(2)
      expect(members).toHaveLength(28)
    } finally {
      db.close()
    }
  })
})
