import { useEffect, useEffectEvent } from 'react'

/** The last hour and day move on with time: ask again this often even when nothing happens. */
const everyMs = 60_000

/** Calls each refresh every minute while the component is mounted. */
export function useRefreshEvery(...refreshes: (() => void)[]): void {
  const tick = useEffectEvent(() => {
    for (const refresh of refreshes) refresh()
  })
  useEffect(() => {
    const timer = setInterval(tick, everyMs)
    return () => {
      clearInterval(timer)
    }
  }, [])
}
