// Settings' words for a failed update: the step that failed first, then (for the connection) what
// to do, in the owner's language; the updater's raw line only after, for whoever helps.
import type { UpdateState } from '../../../../shared/updates'

export interface UpdateErrorWords {
  headline: `updates.state.error.${'check' | 'download' | 'install'}`
  /** The connection failed: no fault to fix, try later. */
  advice: 'updates.state.error.network' | null
  details: 'updates.state.error.details'
}

export function updateErrorWords(state: Extract<UpdateState, { kind: 'error' }>): UpdateErrorWords {
  return {
    headline: `updates.state.error.${state.stage}`,
    advice: state.network ? 'updates.state.error.network' : null,
    details: 'updates.state.error.details',
  }
}
