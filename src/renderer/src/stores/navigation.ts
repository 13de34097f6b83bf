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
  /**
   * The sidebar's clicks per section. A section with pages of its own (a campaign inside
   * Campaigns) goes back to its first page when its link is clicked, as a sidebar link does.
   */
  homeRequests: Partial<Record<Section, number>>
  goTo: (section: Section) => void
  /** The sidebar's link: the section, at its first page. */
  goHome: (section: Section) => void
}

export const useNavigation = create<NavigationState>()((set) => ({
  section: 'contacts',
  homeRequests: {},
  goTo: (section) => {
    set({ section })
  },
  goHome: (section) => {
    set((state) => ({
      section,
      homeRequests: { ...state.homeRequests, [section]: (state.homeRequests[section] ?? 0) + 1 },
    }))
  },
}))
