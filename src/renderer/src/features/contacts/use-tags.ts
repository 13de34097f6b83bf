import { useEffect, useState } from 'react'
import type { TagCount } from '../../../../shared/contacts'
import { useApi } from '../../api/api-context'
import { useApiEvent } from '../../api/use-api-event'

/** Every tag in the book with how many contacts have it, kept fresh as contacts change. */
export function useTags(): TagCount[] {
  const api = useApi()
  const [tags, setTags] = useState<TagCount[]>([])
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    api.call('contacts.tags', {}).then(
      (value) => {
        if (live) setTags(value)
      },
      // Tags only help filter and type; the table says it if the core is unreachable.
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [api, attempt])
  useApiEvent('contacts.changed', () => {
    setAttempt((n) => n + 1)
  })

  return tags
}
