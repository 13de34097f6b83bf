import { useEffect, useState } from 'react'
import { useApi } from '../../api/api-context'
import { audienceOf, type Audience } from './campaign-audience'

/**
 * The distinct people of the chosen lists (someone in two lists counts once), read from the
 * lists themselves; undefined while reading or with no list. `version` changes when a list does.
 */
export function useCampaignAudience(
  listIds: readonly number[],
  version: string,
): Audience | undefined {
  const api = useApi()
  const [audience, setAudience] = useState<{ key: string; value: Audience }>()
  const key = `${listIds.join(',')}|${version}`
  useEffect(() => {
    if (listIds.length === 0) return
    let live = true
    Promise.all(listIds.map((id) => api.call('lists.get', { id }))).then(
      (lists) => {
        if (live) setAudience({ key, value: audienceOf(lists) })
      },
      // A list deleted meanwhile: the composer's list field shows what is left.
      () => undefined,
    )
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for listIds and version
  }, [api, key])
  return audience?.key === key ? audience.value : undefined
}
