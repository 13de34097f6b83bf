// The summary of a recovery run just before this start, shown once over the first screen. Its
// dialog's code is fetched only when there is one (a lazy part): almost every start has none.
import type { ComponentProps } from 'react'
import { useState } from 'react'
import { useApi } from '../../api/api-context'
import { useApiQuery } from '../../api/use-api-query'
import { lazyPart } from '../../components/lazy-part'
import type { RecoveryNotice } from './RecoveryNotice'

const recoveryNotice = lazyPart<ComponentProps<typeof RecoveryNotice>>(
  () => import('./RecoveryNotice').then((module) => module.RecoveryNotice),
  { isOpen: (props) => props.opened, close: (props) => props.onClose() },
)

// Once closed, the core forgets it (no other window of this run shows it), and this window
// remembers it too: a reload after the core restarts does not show it again.
const seenKey = 'rupor.recoverySeen'

export function RecoveredAtStart() {
  const api = useApi()
  const info = useApiQuery('app.info', {})
  const [seen, setSeen] = useState(() => sessionStorage.getItem(seenKey))
  const recovered = info.state.status === 'ready' ? info.state.value.recovered : undefined
  if (!recovered || seen === String(recovered.at)) return null
  return (
    <recoveryNotice.Part
      opened
      summary={recovered}
      onClose={() => {
        sessionStorage.setItem(seenKey, String(recovered.at))
        setSeen(String(recovered.at))
        // Only a summary: a call that fails (the core restarting) leaves it for this run.
        api.call('app.recoverySeen', { at: recovered.at }).catch(() => undefined)
      }}
    />
  )
}
