import { Alert, Button, Center, Drawer, Loader, Stack } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Contact, TagCount } from '../../../../shared/contacts'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'
import { ContactForm } from './ContactForm'
import { ContactReplies } from '../replies/RepliesList'

/** What came back for one opening of one contact (a retry is a new opening). */
type Loaded = { key: string } & (
  { status: 'ready'; contact: Contact } | { status: 'failed'; error: unknown }
)

export interface Props {
  /** The contact to show; undefined closes the drawer. */
  contactId: number | undefined
  tags: readonly TagCount[]
  onClose: () => void
  onDeleted: (id: number) => void
}

/** One contact, opened from the table, read fresh from the core each time. */
export function ContactDrawer({ contactId, tags, onClose, onDeleted }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const [loaded, setLoaded] = useState<Loaded>()
  // Each opening (and each retry) reads the contact afresh: it may have changed since.
  const [opening, setOpening] = useState(0)
  const [openedFor, setOpenedFor] = useState(contactId)
  if (openedFor !== contactId) {
    setOpenedFor(contactId)
    setOpening((n) => n + 1)
  }

  const key = contactId === undefined ? undefined : `${contactId}:${opening}`
  useEffect(() => {
    if (contactId === undefined || key === undefined) return
    let live = true
    api.call('contacts.get', { id: contactId }).then(
      (contact) => {
        if (live) setLoaded({ key, status: 'ready', contact })
      },
      (error: unknown) => {
        if (live) setLoaded({ key, status: 'failed', error })
      },
    )
    return () => {
      live = false
    }
  }, [api, contactId, key])
  // After an opt-out or a re-subscription the contact is read again in place, keeping the form.
  const reread = () => {
    if (contactId === undefined || key === undefined) return
    api.call('contacts.get', { id: contactId }).then(
      (contact) => {
        setLoaded((shown) => (shown?.key === key ? { key, status: 'ready', contact } : shown))
      },
      () => {
        setOpening((n) => n + 1)
      },
    )
  }
  // Until this opening's answer arrives the previous one is not shown; while closing, it stays.
  const current = key === undefined || loaded?.key === key ? loaded : undefined

  const title =
    current?.status === 'ready' && current.contact.name.trim() !== ''
      ? current.contact.name
      : t('contacts.drawer.title')

  return (
    <Drawer
      opened={contactId !== undefined}
      onClose={onClose}
      position="right"
      size={560}
      title={title}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
    >
      {contactId !== undefined && current === undefined && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {current?.status === 'failed' && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('contacts.drawer.loadFailed')}>
          <Stack gap="sm" align="flex-start">
            {errorMessage(current.error, t)}
            <Button
              variant="white"
              color="red"
              size="xs"
              onClick={() => {
                setOpening((n) => n + 1)
              }}
            >
              {t('contacts.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {current?.status === 'ready' && (
        <Stack gap="xl">
          {/* A fresh form for each contact (and each saved version of it). */}
          <ContactForm
            key={`${current.contact.id}-${current.contact.updatedAt}`}
            contact={current.contact}
            tags={tags}
            onDone={onClose}
            onDeleted={onDeleted}
            onOptOutChanged={reread}
          />
          {/* What they wrote to the shop's Cloud API numbers, with how Rupor read it. */}
          <ContactReplies contactId={current.contact.id} />
        </Stack>
      )}
    </Drawer>
  )
}
