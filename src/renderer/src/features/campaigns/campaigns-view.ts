// What the Campaigns section shows: the overview, the composer, or one campaign. A store so that
// a notification elsewhere in the app can open a campaign.
import { create } from 'zustand'
import { useNavigation } from '../../stores/navigation'

export type CampaignsView =
  | { kind: 'overview' }
  /**
   * id null: a new campaign; listIds: to these lists («Разослать по списку» in a list's menu, the
   * lists just made from a search).
   */
  | { kind: 'compose'; id: number | null; listIds?: number[] }
  | { kind: 'detail'; id: number }

interface CampaignsViewState {
  view: CampaignsView
  show: (view: CampaignsView) => void
}

export const useCampaignsView = create<CampaignsViewState>()((set) => ({
  view: { kind: 'overview' },
  show: (view) => {
    set({ view })
  },
}))

// "Campaigns" on the sidebar, from inside a campaign or the composer, is the list of campaigns.
useNavigation.subscribe((state, previous) => {
  if (state.homeRequests.campaigns !== previous.homeRequests.campaigns) {
    useCampaignsView.getState().show({ kind: 'overview' })
  }
})
