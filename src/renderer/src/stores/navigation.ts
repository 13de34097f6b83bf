// Which section the shell shows. A store rather than a router: the app has a handful of
// sections and no URLs worth sharing (the browser host even wipes its address).
import { create } from 'zustand'

export const sections = [
  'contacts',
  'lists',
  'optOuts',
  'campaigns',
  'banCentre',
  'settings',
] as const
export type Section = (typeof sections)[number]

interface NavigationState {
  section: Section
  goTo: (section: Section) => void
}

export const useNavigation = create<NavigationState>()((set) => ({
  section: 'contacts',
  goTo: (section) => {
    set({ section })
  },
}))
