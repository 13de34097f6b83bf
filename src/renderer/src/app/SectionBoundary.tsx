import { Component, type ReactNode } from 'react'
import { SectionCodeUnreachable } from './section-pages'
import { SectionUnreachable } from './SectionUnreachable'

interface Props {
  children: ReactNode
  /** Makes the next render fetch the code again. */
  onRetry: () => void
}

/**
 * Catches a section whose code could not be fetched and offers to try again, instead of the whole
 * window going blank. Any other error is not this boundary's business and passes on.
 */
export class SectionBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  override render() {
    const { error } = this.state
    if (error === null) return this.props.children
    if (!(error instanceof SectionCodeUnreachable)) {
      throw error instanceof Error ? error : new Error('A section failed.', { cause: error })
    }
    return (
      <SectionUnreachable
        onRetry={() => {
          this.props.onRetry()
          this.setState({ error: null })
        }}
      />
    )
  }
}
