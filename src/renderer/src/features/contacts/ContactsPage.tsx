import { Center, Loader } from '@mantine/core'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageLayout } from '../../components/PageLayout'
import { useNeededOnce } from '../../components/lazy-part'
import { ContactsBook } from './ContactsBook'
import { ContactsLoadFailed } from './ContactsLoadFailed'
import { ContactsEmptyState } from './ContactsEmptyState'
import { importDialog } from './contacts-parts'
import { isNarrowed } from './contact-filter'
import { useContactsFilter } from './contacts-filter-store'
import { useContactPages } from './use-contact-pages'
import { useTags } from './use-tags'

export function ContactsPage() {
  const { t } = useTranslation()
  const filter = useContactsFilter((state) => state.filter)
  const { loader } = useContactPages(filter)
  const tags = useTags()
  const [importing, setImporting] = useState(false)
  const importNeeded = useNeededOnce(importing)
  const openImport = useCallback(() => {
    setImporting(true)
  }, [])

  const total = loader.total
  const body =
    total === undefined ? (
      <PageLayout title={t('nav.contacts')}>
        {loader.error === undefined ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : (
          <ContactsLoadFailed
            error={loader.error}
            onRetry={() => {
              loader.retry()
            }}
          />
        )}
      </PageLayout>
    ) : total === 0 && !isNarrowed(filter) ? (
      <ContactsEmptyState onImport={openImport} />
    ) : (
      <ContactsBook filter={filter} loader={loader} tags={tags} onImport={openImport} />
    )

  return (
    <>
      {body}
      {/* Outside the branches above, so that the first import's report stays open when the
          empty book fills and the table takes the empty state's place. */}
      {importNeeded && (
        <importDialog.Part
          opened={importing}
          onClose={() => {
            setImporting(false)
          }}
        />
      )}
    </>
  )
}
