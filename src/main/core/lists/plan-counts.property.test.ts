// The whole-book plan counts people by their facts in SQLite; on any book, for any selection, it
// must say what sorting the same people out one by one (as the build does) says.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ParsedListSelection } from '../../../shared/lists'
import { listFilterSchema } from '../../../shared/lists'
import { createRecipientCheck } from '../eligibility/recipient-check'
import { FakeClock } from '../time/fake-clock'
import { bookOf, person, selection } from './list-book-fixture'
import { createListsService } from './lists-service'

describe('the list plan, counted by facts', () => {
  it('agrees with sorting the same people out one by one, on any book and selection', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { maxLength: 40 }),
        selection,
        fc.boolean(),
        fc.boolean(),
        async (people, chosen, onlyEligible, broadcastWithoutConsent) => {
          const db = bookOf(people)
          try {
            const check = createRecipientCheck(
              db,
              () => ({ broadcastWithoutConsent }),
              () => 'RU',
            )
            // Few ids per statement, so that the counts are added up over many slices.
            const lists = createListsService({ db, clock: new FakeClock(0), check, sliceSize: 4 })
            const parsed: ParsedListSelection =
              'filter' in chosen
                ? { filter: listFilterSchema.parse(chosen.filter) }
                : { contactIds: chosen.contactIds }
            expect(await lists.plan(parsed, onlyEligible)).toEqual(
              lists.planOneByOne(parsed, onlyEligible),
            )
          } finally {
            db.close()
          }
        },
      ),
      { numRuns: 150 },
    )
  }, 60_000)
})
