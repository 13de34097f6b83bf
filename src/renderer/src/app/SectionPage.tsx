import type { JSX } from 'react'
import { BanCentrePage } from '../features/ban-centre/BanCentrePage'
import { CampaignsPage } from '../features/campaigns/CampaignsPage'
import { ContactsPage } from '../features/contacts/ContactsPage'
import { ListsPage } from '../features/lists/ListsPage'
import { OptOutsPage } from '../features/opt-outs/OptOutsPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { useNavigation, type Section } from '../stores/navigation'

const pages: Record<Section, () => JSX.Element> = {
  contacts: ContactsPage,
  lists: ListsPage,
  optOuts: OptOutsPage,
  campaigns: CampaignsPage,
  banCentre: BanCentrePage,
  settings: SettingsPage,
}

export function SectionPage() {
  const section = useNavigation((state) => state.section)
  const Page = pages[section]
  return <Page />
}
