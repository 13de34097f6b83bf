import { useApiEvent } from '../../api/use-api-event'
import { useApiQuery } from '../../api/use-api-query'

/** Every list with its counts, asked again whenever a list, an opt-out or a contact changes. */
export function useLists() {
  const query = useApiQuery('lists.all', {})
  const { reload } = query
  useApiEvent('lists.changed', reload)
  useApiEvent('optOuts.changed', reload)
  useApiEvent('contacts.changed', reload)
  return query
}
