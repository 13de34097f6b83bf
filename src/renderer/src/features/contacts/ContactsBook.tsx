import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagCount } from '../../../../shared/contacts'
import { useNeededOnce } from '../../components/lazy-part'
import { PageLayout } from '../../components/PageLayout'
import { FirstRunGuide } from '../first-run/FirstRunGuide'
import { ContactsLoadFailed } from './ContactsLoadFailed'
import { ContactsTable } from './ContactsTable'
import { ContactsToolbar } from './ContactsToolbar'
import { filterKey, matchingQuery, type ContactFilter } from './contact-filter'
import { useContactsFilter } from './contacts-filter-store'
import { contactDrawer, contactsBulkBar, preloadContactsParts } from './contacts-parts'
import { ExportMenu } from './ExportMenu'
import { ImportButton } from './ImportButton'
import type { PageLoader } from './page-loader'
import {
  afterHeaderClick,
  allMatching,
  canSelectAll,
  chosenContacts,
  emptySelection,
  headerState,
  toggled,
  without,
  type Selection,
} from './selection'

interface Props {
  filter: ContactFilter
  loader: PageLoader
  tags: readonly TagCount[]
  onImport: () => void
}

/** A book with contacts in it: the toolbar, the table, the ticked rows' actions and the drawer. */
export function ContactsBook({ filter, loader, tags, onImport }: Props) {
  const { t } = useTranslation()
  const resetFilter = useContactsFilter((state) => state.reset)
  const [openId, setOpenId] = useState<number>()
  const [selection, setSelection] = useState<Selection>(emptySelection)
  const key = filterKey(filter)
  // Stable, so that memoised rows do not re-render for a new function each time.
  const toggle = useCallback((id: number) => {
    setSelection((current) => toggled(current, id))
  }, [])

  // Ticks belong to what they were ticked in: a new search starts with none.
  const [selectionKey, setSelectionKey] = useState(key)
  if (selectionKey !== key) {
    setSelectionKey(key)
    setSelection(emptySelection)
  }

  const total = loader.total ?? 0
  const loadedIds = loader.cache.loadedRows().map((row) => row.id)
  const chosen = chosenContacts(selection, total)
  const drawerNeeded = useNeededOnce(openId !== undefined)
  const bulkBarNeeded = useNeededOnce(chosen.count > 0)
  // The table is on screen: now fetch what a click on it may open.
  useEffect(preloadContactsParts, [])
  return (
    <PageLayout
      title={t('nav.contacts')}
      fill
      actions={
        <Group gap="sm" wrap="nowrap">
          <ExportMenu filter={filter} />
          <ImportButton onClick={onImport} />
        </Group>
      }
    >
      <FirstRunGuide />
      <ContactsToolbar total={loader.total} capped={loader.capped} tags={tags} />
      {loader.error !== undefined && (
        <ContactsLoadFailed
          error={loader.error}
          onRetry={() => {
            loader.retry()
          }}
        />
      )}
      {total === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <Stack align="center" gap="xs">
            <IconSearch size={32} stroke={1.5} color="var(--mantine-color-dimmed)" />
            <Text fw={600}>{t('contacts.nothingFound')}</Text>
            <Text c="dimmed" fz="sm">
              {t('contacts.nothingFoundHint')}
            </Text>
            <Button variant="light" mt="xs" onClick={resetFilter}>
              {t('contacts.resetFilters')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <ContactsTable
          loader={loader}
          queryKey={key}
          selection={selection}
          headerCheck={headerState(selection, loadedIds)}
          onToggle={toggle}
          onToggleLoaded={() => {
            setSelection((current) => afterHeaderClick(current, loadedIds))
          }}
          onOpen={setOpenId}
        />
      )}
      {bulkBarNeeded && (
        <contactsBulkBar.Part
          chosen={chosen}
          selectAllCount={canSelectAll(selection, total, loader.capped) ? total : undefined}
          onSelectAll={() => {
            setSelection(allMatching(matchingQuery(filter)))
          }}
          tags={tags}
          onClear={() => {
            setSelection(emptySelection)
          }}
        />
      )}
      {drawerNeeded && (
        <contactDrawer.Part
          contactId={openId}
          tags={tags}
          onClose={() => {
            setOpenId(undefined)
          }}
          onDeleted={(id) => {
            setSelection((current) => without(current, [id]))
          }}
        />
      )}
    </PageLayout>
  )
}
