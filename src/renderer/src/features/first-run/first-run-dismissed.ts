// Whether the owner closed the first-run guide: remembered in this window's storage, so the guide
// stays closed across restarts of the desktop app.
import { create } from 'zustand'

const storageKey = 'rupor.firstRunGuide.dismissed'

function stored(): boolean {
  try {
    return globalThis.localStorage.getItem(storageKey) === '1'
  } catch {
    // Storage refused (a locked-down profile): the guide just shows again next time.
    return false
  }
}

interface DismissedState {
  dismissed: boolean
  dismiss: () => void
}

export const useFirstRunDismissed = create<DismissedState>()((set) => ({
  dismissed: stored(),
  dismiss: () => {
    try {
      globalThis.localStorage.setItem(storageKey, '1')
    } catch {
      // Closed for this run at least.
    }
    set({ dismissed: true })
  },
}))
