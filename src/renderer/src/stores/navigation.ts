// Which section the shell shows. A store rather than a router: the app has a handful of
// sections and no URLs worth sharing (the browser host even wipes its address).
import { create } from 'zustand'

export const sections = [
  'contacts',
  'lists',
  'optOuts',
  'optIn',
  'campaigns',
  'banCentre',
  'settings',
] as const
export type Section = (typeof sections)[number]

interface NavigationState {
  section: Section
  /**
   * The sidebar's clicks on the section already shown. A section with pages of its own (a
   * campaign inside Campaigns) goes back to its first page when its link is clicked there.
   */
  homeRequests: Partial<Record<Section, number>>
  goTo: (section: Section) => void
  /** The sidebar's link: the section; clicked in the section itself, its first page. */
  goHome: (section: Section) => void
}

export const useNavigation = create<NavigationState>()((set) => ({
  section: 'contacts',
  homeRequests: {},
  goTo: (section) => {
    set({ section })
  },
  goHome: (section) => {
    set((state) =>
      // From another section the owner comes back to the page they left (a campaign they were
      // answering); the link of the section they are in takes them to its first page.
      state.section === section
        ? {
            homeRequests: {
              ...state.homeRequests,
              [section]: (state.homeRequests[section] ?? 0) + 1,
            },
          }
        : { section },
    )
  },
}))
