// A part of a screen that is not needed for its first frame (a dialog, a drawer, the bar of ticked
// rows): its code is fetched the first time it is shown, or earlier by `preload` once the first
// screen is up, so the first screen does not wait for it.
import { Suspense, createElement, use, useState, type ComponentType } from 'react'
import { SectionBoundary } from '../app/SectionBoundary'
import { SectionCodeUnreachable } from '../app/section-pages'

export interface LazyPart<P extends object> {
  /** Renders the part; nothing while its code is on its way. */
  Part: ComponentType<P>
  /** Starts fetching the code; a failure is kept quiet (showing the part tells it). */
  preload: () => void
}

/** `load` resolves to the part's component; it is called once, and again only after a failure. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let code: Promise<ComponentType<P>> | undefined
  const fetchCode = () =>
    (code ??= load().catch((error: unknown) => {
      throw new SectionCodeUnreachable(error)
    }))
  const forget = () => {
    code = undefined
  }

  function Loaded(props: P) {
    // The same component every render (fetched once and kept), so its state is kept too.
    return createElement(use(fetchCode()), props)
  }

  function Part(props: P) {
    return (
      // Says so if the code cannot be fetched (the browser host stopped), with a way to try again.
      <SectionBoundary onRetry={forget}>
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      </SectionBoundary>
    )
  }

  return {
    Part,
    preload: () => {
      fetchCode().catch(forget)
    },
  }
}

/** False until `needed` is first true, then true for good: a part rendered once stays (its closing transition, its state). */
export function useNeededOnce(needed: boolean): boolean {
  const [once, setOnce] = useState(needed)
  if (needed && !once) setOnce(true)
  return once || needed
}
