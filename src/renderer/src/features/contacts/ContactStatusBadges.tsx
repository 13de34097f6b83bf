import { useTranslation } from 'react-i18next'
import type { ContactRow } from '../../../../shared/contacts'
import classes from './ContactsTable.module.css'

/**
 * Consent, opted out and flagged at a glance; the badges say it in words, not just colour.
 * "Unknown" consent is most of a new book: it is the absence of a badge, and a filter finds it.
 */
export function ContactStatusBadges({
  contact,
}: {
  contact: Pick<ContactRow, 'consent' | 'optedOut' | 'flag'>
}) {
  const { t } = useTranslation()
  return (
    <>
      {contact.consent !== 'unknown' && (
        <span className={classes.badge} data-tone={contact.consent}>
          {t(`contacts.consent.${contact.consent}`)}
        </span>
      )}
      {contact.optedOut && (
        <span className={classes.badge} data-tone="optedOut">
          {t('contacts.optedOut')}
        </span>
      )}
      {contact.flag && (
        <span
          className={classes.badge}
          data-tone="flag"
          title={t(`contacts.flagHint.${contact.flag}`)}
        >
          {t(`contacts.flag.${contact.flag}`)}
        </span>
      )}
    </>
  )
}
