// Every section's page but the contact book's, which is the first screen and comes with the app.
// The others (and their libraries: recharts, the composer, risk, the ban centre) are fetched when
// first opened, so the first screen does not wait for code it does not show.
import type { ReactElement } from 'react'
import type { Section } from '../stores/navigation'
import { withRestOfApp } from './rest-of-app'

/** The section's page, ready to render. */
type Page = ReactElement
export type LazySection = Exclude<Section, 'contacts'>

const loaders: Record<LazySection, () => Promise<Page>> = {
  lists: () => import('../features/lists/ListsPage').then((module) => <module.ListsPage />),
  optOuts: () =>
    import('../features/opt-outs/OptOutsPage').then((module) => <module.OptOutsPage />),
  optIn: () => import('../features/opt-in/OptInPage').then((module) => <module.OptInPage />),
  campaigns: () =>
    import('../features/campaigns/CampaignsPage').then((module) => <module.CampaignsPage />),
  banCentre: () =>
    import('../features/ban-centre/BanCentrePage').then((module) => <module.BanCentrePage />),
  settings: () =>
    import('../features/settings/SettingsPage').then((module) => <module.SettingsPage />),
}

/** A section's code could not be fetched (the browser host stopped since the page opened). */
export class SectionCodeUnreachable extends Error {
  constructor(cause: unknown) {
    super('A section of the app could not be loaded.', { cause })
  }
}

const loading = new Map<LazySection, Promise<Page>>()
const failed = new Set<LazySection>()

/**
 * A section's page once its code is here: one fetch per section, shared by everyone asking. A
 * failure is kept (rendering again must not fetch again, in a loop) until `forgetFailure`.
 */
export function loadSection(section: LazySection): Promise<Page> {
  const known = loading.get(section)
  if (known) return known
  const page = withRestOfApp(loaders[section]()).catch((error: unknown) => {
    failed.add(section)
    throw new SectionCodeUnreachable(error)
  })
  loading.set(section, page)
  return page
}

/** Try again: the next `loadSection` fetches anew (the browser does not keep a failed fetch). */
export function forgetFailure(section: LazySection): void {
  if (failed.delete(section)) loading.delete(section)
}

/**
 * Starts loading a section's code before it is opened (the pointer is on its link), so a click
 * usually finds it ready.
 */
export function preloadSection(section: Section): void {
  if (section === 'contacts') return
  loadSection(section).catch(() => {
    // Nothing to tell yet: opening the section shows the failure and offers to try again.
  })
}
