// What the Campaigns section shows: the overview, the composer, or one campaign. A store so that
// a notification elsewhere in the app can open a campaign.
import { create } from 'zustand'

export type CampaignsView =
  | { kind: 'overview' }
  /** id null: a new campaign. */
  | { kind: 'compose'; id: number | null }
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
