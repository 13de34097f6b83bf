import { beforeEach, describe, expect, it } from 'vitest'
import { useNavigation } from '../../stores/navigation'
import { useCampaignsView } from './campaigns-view'

describe("the Campaigns section's page", () => {
  beforeEach(() => {
    useNavigation.setState({ section: 'campaigns', homeRequests: {} })
    useCampaignsView.setState({ view: { kind: 'detail', id: 7 } })
  })

  it('goes back to the list of campaigns when its sidebar link is clicked, from a campaign or the composer', () => {
    useNavigation.getState().goHome('campaigns')
    expect(useCampaignsView.getState().view).toEqual({ kind: 'overview' })
    useCampaignsView.getState().show({ kind: 'compose', id: null })
    useNavigation.getState().goHome('campaigns')
    expect(useCampaignsView.getState().view).toEqual({ kind: 'overview' })
  })

  it('stays on the campaign a notification opened, and when another section is clicked', () => {
    useNavigation.getState().goTo('contacts')
    useNavigation.getState().goHome('lists')
    useNavigation.getState().goTo('campaigns')
    expect(useCampaignsView.getState().view).toEqual({ kind: 'detail', id: 7 })
    expect(useNavigation.getState().section).toBe('campaigns')
  })

  it('comes back to the campaign the owner left for another section, by the sidebar too', () => {
    useNavigation.getState().goHome('contacts')
    useNavigation.getState().goHome('campaigns')
    expect(useNavigation.getState().section).toBe('campaigns')
    expect(useCampaignsView.getState().view).toEqual({ kind: 'detail', id: 7 })
    // Clicked again, now inside the section: its list.
    useNavigation.getState().goHome('campaigns')
    expect(useCampaignsView.getState().view).toEqual({ kind: 'overview' })
  })
})
