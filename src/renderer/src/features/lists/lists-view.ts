// Which list the Lists section has open, if any. A store so that the contact book can build a
// list and open it in the Lists section.
import { create } from 'zustand'

interface ListsViewState {
  /** The list shown in the editor; null: the overview of all lists. */
  openId: number | null
  open: (id: number) => void
  close: () => void
}

export const useListsView = create<ListsViewState>()((set) => ({
  openId: null,
  open: (openId) => {
    set({ openId })
  },
  close: () => {
    set({ openId: null })
  },
}))
