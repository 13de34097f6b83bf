import { useEffect, useState } from 'react'
import type { ListPlan, ListSelection } from '../../../../shared/lists'
import { useApi } from '../../api/api-context'
import { useApiEvent } from '../../api/use-api-event'

/** Long enough not to count on every keystroke, short enough to feel live. */
const planDelayMs = 300

type Answer = { plan: ListPlan } | { error: unknown }

export interface PlanView {
  /** The latest plan, even while a newer one is being counted; undefined before the first. */
  plan: ListPlan | undefined
  /** The plan shown is not for what is chosen now. */
  planning: boolean
  /** The latest ask failed. */
  error: unknown
}

/**
 * What the selection would become, asked a moment after it stops changing. `key` says when the
 * selection changed (the object itself is new on every render).
 */
export function useListPlan(
  selection: ListSelection,
  key: string,
  onlyEligible: boolean,
): PlanView {
  const api = useApi()
  const [attempt, setAttempt] = useState(0)
  const [answered, setAnswered] = useState<{ for: string; answer: Answer } | undefined>()
  const [lastPlan, setLastPlan] = useState<ListPlan>()
  const asking = `${key}|${String(onlyEligible)}|${String(attempt)}`
  const again = () => {
    setAttempt((n) => n + 1)
  }
  useApiEvent('contacts.changed', again)
  useApiEvent('optOuts.changed', again)

  useEffect(() => {
    let live = true
    const timer = setTimeout(() => {
      api.call('lists.plan', { selection, onlyEligible }).then(
        (plan) => {
          if (!live) return
          setAnswered({ for: asking, answer: { plan } })
          setLastPlan(plan)
        },
        (error: unknown) => {
          if (live) setAnswered({ for: asking, answer: { error } })
        },
      )
    }, planDelayMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
    // `selection` is read through `key`: the same key is the same selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, asking])

  const current = answered?.for === asking ? answered.answer : undefined
  return {
    plan: current && 'plan' in current ? current.plan : lastPlan,
    planning: current === undefined,
    error: current && 'error' in current ? current.error : undefined,
  }
}
