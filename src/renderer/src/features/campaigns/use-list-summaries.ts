import { useApiQuery } from '../../api/use-api-query'

/** Every list with its counts, kept fresh without going back to a loader on each change. */
export function useListSummaries() {
  return useApiQuery(
    'lists.all',
    {},
    { refreshOn: ['lists.changed', 'optOuts.changed', 'contacts.changed'] },
  )
}
