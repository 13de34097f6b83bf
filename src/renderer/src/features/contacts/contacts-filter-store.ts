// The table's search, filters and order, kept while the app runs so that a trip to another
// section comes back to the same view.
import { create } from 'zustand'
import { defaultFilter, type ContactFilter } from './contact-filter'

interface ContactsFilterState {
  filter: ContactFilter
  /** The search box as typed; it reaches `filter.search` after a short pause. */
  typed: string
  type: (text: string) => void
  change: (change: Partial<ContactFilter>) => void
  /** Back to the whole book; the order is kept. */
  reset: () => void
}

export const useContactsFilter = create<ContactsFilterState>()((set) => ({
  filter: defaultFilter,
  typed: '',
  type: (typed) => {
    set({ typed })
  },
  change: (change) => {
    set((state) => ({ filter: { ...state.filter, ...change } }))
  },
  reset: () => {
    set((state) => ({
      filter: { ...defaultFilter, sort: state.filter.sort, direction: state.filter.direction },
      typed: '',
    }))
  },
}))
