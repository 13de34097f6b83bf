import { Button } from '@mantine/core'
import { IconBan } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChosenContacts } from '../contacts/selection'
import { OptOutContactsModal } from './OptOutContactsModal'

/** "Opt out" for the ticked contacts in the book, confirmed with their count and a note. */
export function BulkOptOutButton({ chosen }: { chosen: ChosenContacts }) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState<ChosenContacts>()
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconBan size={16} />}
        onClick={() => {
          setAsking(chosen)
        }}
      >
        {t('optOuts.contacts.bulkButton')}
      </Button>
      <OptOutContactsModal
        chosen={asking}
        onClose={() => {
          setAsking(undefined)
        }}
      />
    </>
  )
}
