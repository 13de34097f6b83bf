import { Checkbox } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ContactTableRow, PlaceholderRow } from './ContactTableRow'
import classes from './ContactsTable.module.css'
import type { PageLoader } from './page-loader'
import { isTicked, type Selection } from './selection'

const rowHeight = 52
const headerHeight = 40

interface Props {
  loader: PageLoader
  /** Changes with the search, filters or order: the table goes back to the top. */
  queryKey: string
  selection: Selection
  /** The header checkbox, for the rows loaded so far. */
  headerCheck: 'none' | 'some' | 'all'
  onToggle: (id: number) => void
  onToggleLoaded: () => void
  onOpen: (id: number) => void
}

/**
 * The book as one long table, virtualised: only the rows on screen exist in the page, and their
 * data is fetched page by page as they scroll into view, so 100 000 contacts scroll smoothly.
 */
export function ContactsTable(props: Props) {
  const { loader, queryKey, selection, headerCheck, onToggle, onToggleLoaded, onOpen } = props
  const { t } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const total = loader.total ?? 0

  // The app does not use the React Compiler; rows re-render from the virtualizer's own state.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    paddingStart: headerHeight,
    overscan: 10,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 })
  }, [queryKey])
  useEffect(() => {
    loader.show({ start: first, end: last })
  }, [loader, first, last, total])

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      role="table"
      aria-label={t('contacts.table')}
      aria-rowcount={total + 1}
    >
      <div style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
        <div role="rowgroup" className={classes.header}>
          <div
            role="row"
            aria-rowindex={1}
            className={classes.columns}
            style={{ height: headerHeight }}
          >
            <div role="columnheader" className={classes.cell}>
              <Checkbox
                aria-label={t('contacts.selectLoaded')}
                checked={headerCheck === 'all'}
                indeterminate={headerCheck === 'some'}
                onChange={onToggleLoaded}
              />
            </div>
            <div role="columnheader" className={classes.cell}>
              {t('contacts.column.name')}
            </div>
            <div role="columnheader" className={classes.cell}>
              {t('contacts.column.phone')}
            </div>
            <div role="columnheader" className={classes.cell}>
              {t('contacts.column.tags')}
            </div>
            <div role="columnheader" className={classes.cell}>
              {t('contacts.column.status')}
            </div>
          </div>
        </div>
        <div role="rowgroup">
          {items.map((item) => {
            const row = loader.cache.rowAt(item.index)
            return row ? (
              <ContactTableRow
                key={item.key}
                row={row}
                index={item.index}
                top={item.start}
                height={item.size}
                selected={isTicked(selection, row.id)}
                onToggle={onToggle}
                onOpen={onOpen}
              />
            ) : (
              <PlaceholderRow
                key={item.key}
                index={item.index}
                top={item.start}
                height={item.size}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
