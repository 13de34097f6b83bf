import { Checkbox } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ContactRow } from '../../../../shared/contacts'
import { ContactStatusBadges } from './ContactStatusBadges'
import classes from './ContactsTable.module.css'

// Rows use plain elements styled by the table's CSS, not Mantine's Text or Badge: a fast scroll
// mounts a dozen rows a frame, and a themed component per cell made that cost more than a frame.

/** Tags shown in a row; the rest are counted. */
const shownTags = 2

interface Props {
  row: ContactRow
  /** The row's place in the whole (filtered) book, from 0. */
  index: number
  top: number
  height: number
  selected: boolean
  onToggle: (id: number) => void
  onOpen: (id: number) => void
}

const rowClass = `${classes.row ?? ''} ${classes.columns ?? ''}`

/** Memoised: while scrolling, only rows coming into view render. */
export const ContactTableRow = memo(function ContactTableRow({
  row,
  index,
  top,
  height,
  selected,
  onToggle,
  onOpen,
}: Props) {
  const { t } = useTranslation()
  const name = row.name.trim()
  const extraTags = row.tags.length - shownTags

  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={rowClass}
      data-selected={selected || undefined}
      style={{ height, transform: `translateY(${top}px)` }}
      onClick={() => {
        onOpen(row.id)
      }}
    >
      <div role="cell" className={classes.cell}>
        <Checkbox
          aria-label={t('contacts.selectRow', { name: name || t('contacts.noName') })}
          checked={selected}
          onChange={() => {
            onToggle(row.id)
          }}
          onClick={(event) => {
            event.stopPropagation()
          }}
        />
      </div>
      <div role="cell" className={classes.cell}>
        {/* The keyboard's way in: the row's click is for the mouse. */}
        <button
          type="button"
          className={classes.name}
          onClick={(event) => {
            event.stopPropagation()
            onOpen(row.id)
          }}
        >
          {name || <span className={classes.more}>{t('contacts.noName')}</span>}
        </button>
      </div>
      <div role="cell" className={classes.cell}>
        {/* Spaced by the core: the first screen carries no phone metadata. */}
        {row.primaryPhone ? (
          <span className={classes.phone}>{row.phoneText}</span>
        ) : (
          row.phoneText && (
            // A number, but none a broadcast can go to: greyed, and the flag badge says why.
            <span className={`${classes.phone} ${classes.more}`}>{row.phoneText}</span>
          )
        )}
        {row.otherPhones > (row.primaryPhone ? 0 : 1) && (
          <span
            className={classes.more}
            title={t('contacts.otherPhones', { count: row.otherPhones })}
          >
            +{row.otherPhones - (row.primaryPhone ? 0 : 1)}
          </span>
        )}
      </div>
      <div role="cell" className={classes.cell}>
        {row.tags.slice(0, shownTags).map((tag) => (
          <span key={tag} className={classes.badge} data-tone="tag" title={tag}>
            {tag}
          </span>
        ))}
        {extraTags > 0 && (
          <span className={classes.more} title={row.tags.slice(shownTags).join(', ')}>
            +{extraTags}
          </span>
        )}
      </div>
      <div role="cell" className={classes.cell}>
        <ContactStatusBadges contact={row} />
      </div>
    </div>
  )
})

/** Stands in for a row whose page is still on its way. */
export const PlaceholderRow = memo(function PlaceholderRow({
  index,
  top,
  height,
}: Pick<Props, 'index' | 'top' | 'height'>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-busy
      className={rowClass}
      style={{ height, transform: `translateY(${top}px)`, cursor: 'default' }}
    >
      {[16, '60%', '70%', '40%', '50%'].map((width, cell) => (
        <div role="cell" key={cell} className={classes.cell}>
          <span className={classes.placeholder} style={{ width }} />
        </div>
      ))}
    </div>
  )
})
