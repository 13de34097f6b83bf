import { Center, Loader } from '@mantine/core'
import type { ReactNode } from 'react'
import type { QueryState } from '../api/use-api-query'
import { LoadFailedAlert } from './LoadFailedAlert'

interface Props<T> {
  state: QueryState<T>
  /** The alert's title when the call failed, and its retry button. */
  failedTitle: string
  retryLabel: string
  onRetry: () => void
  children: (value: T) => ReactNode
}

/** A page's body over one query: a spinner, the failure with a retry, or the answer. */
export function QueryStateView<T>({ state, failedTitle, retryLabel, onRetry, children }: Props<T>) {
  if (state.status === 'loading') {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    )
  }
  if (state.status === 'failed') {
    return (
      <LoadFailedAlert
        title={failedTitle}
        error={state.error}
        retry={{ label: retryLabel, onClick: onRetry }}
      />
    )
  }
  return children(state.value)
}
