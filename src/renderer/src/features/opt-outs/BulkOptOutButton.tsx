import { Button } from '@mantine/core'
import { IconBan } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OptOutContactsModal } from './OptOutContactsModal'

/** "Opt out" for the ticked contacts in the book, confirmed with their count and a note. */
export function BulkOptOutButton({ contactIds }: { contactIds: readonly number[] }) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState<readonly number[]>([])
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconBan size={16} />}
        onClick={() => {
          setAsking(contactIds)
        }}
      >
        {t('optOuts.contacts.bulkButton')}
      </Button>
      <OptOutContactsModal
        ids={asking}
        onClose={() => {
          setAsking([])
        }}
      />
    </>
  )
}
