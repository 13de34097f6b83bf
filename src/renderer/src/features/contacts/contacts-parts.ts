// The contact book's parts that its first frame does not show: fetched when first opened, or once
// the table is on screen (preloadContactsParts), whichever comes first.
import type { ComponentProps } from 'react'
import { lazyPart } from '../../components/lazy-part'
import type { ImportDialog } from '../import/ImportDialog'
import type { ContactDrawer } from './ContactDrawer'
import type { ContactsBulkBar } from './ContactsBulkBar'

export const importDialog = lazyPart<ComponentProps<typeof ImportDialog>>(
  () => import('../import/ImportDialog').then((module) => module.ImportDialog),
  { isOpen: (props) => props.opened, close: (props) => props.onClose() },
)
export const contactDrawer = lazyPart<ComponentProps<typeof ContactDrawer>>(
  () => import('./ContactDrawer').then((module) => module.ContactDrawer),
  { isOpen: (props) => props.contactId !== undefined, close: (props) => props.onClose() },
)
export const contactsBulkBar = lazyPart<ComponentProps<typeof ContactsBulkBar>>(
  () => import('./ContactsBulkBar').then((module) => module.ContactsBulkBar),
  { isOpen: (props) => props.chosen.count > 0, close: (props) => props.onClear() },
)

/** Fetches them while nothing else is going on, so a click finds them ready. */
export function preloadContactsParts(): void {
  const preload = () => {
    for (const part of [contactDrawer, contactsBulkBar, importDialog]) part.preload()
  }
  if ('requestIdleCallback' in window) window.requestIdleCallback(preload, { timeout: 2000 })
  else setTimeout(preload, 200)
}
