import {
  Alert,
  Button,
  Checkbox,
  Group,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Contact, TagCount } from '../../../../shared/contacts'
import { useApi } from '../../api/api-context'
import { ApiCallError } from '../../api/errors'
import { errorMessage, issueText } from '../../i18n/error-message'
import { ContactOptedOutAlert, ContactOptOutButton } from '../opt-outs/ContactOptOut'
import { ConsentField } from './ConsentField'
import { hasChanges, toDraft, toUpdate, type ContactDraft } from './contact-draft'
import { placeIssues, type PlacedIssues } from './contact-issues'
import { PhonesEditor } from './PhonesEditor'
import { SavedNumberField } from './SavedNumberField'
import { useDeleteContacts } from './use-delete-contacts'

interface Props {
  contact: Contact
  tags: readonly TagCount[]
  /** Saved, deleted, or nothing to save: the drawer may close. */
  onDone: () => void
  onDeleted: (id: number) => void
  /** The contact's opt-out changed: read it again. */
  onOptOutChanged: () => void
}

interface Failure {
  error: unknown
  placed: PlacedIssues
}

/** Everything about one contact, editable; only what changed is sent. */
export function ContactForm({ contact, tags, onDone, onDeleted, onOptOutChanged }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const deleteContacts = useDeleteContacts()
  const [draft, setDraft] = useState<ContactDraft>(() => toDraft(contact))
  const [busy, setBusy] = useState<'save' | 'delete' | undefined>()
  const [failure, setFailure] = useState<Failure>()
  const fields = failure?.placed.fields ?? {}
  const fieldError = (field: keyof typeof fields) => {
    const text = fields[field]
    return text ? t(`contacts.issues.${text}`) : undefined
  }

  const edit = (change: Partial<ContactDraft>) => {
    setDraft((current) => ({ ...current, ...change }))
  }

  const save = async (event: SyntheticEvent) => {
    event.preventDefault()
    const outgoing = toUpdate(contact, draft)
    if (!hasChanges(outgoing)) {
      onDone()
      return
    }
    setBusy('save')
    setFailure(undefined)
    try {
      await api.call('contacts.update', outgoing.update)
      notifications.show({ color: 'teal', message: t('contacts.drawer.saved') })
      onDone()
    } catch (error) {
      const issues =
        error instanceof ApiCallError && error.code === 'invalid_input' ? error.issues : []
      setFailure({ error, placed: placeIssues(issues, outgoing.phoneKeys) })
    } finally {
      setBusy(undefined)
    }
  }

  const remove = async () => {
    setBusy('delete')
    try {
      await deleteContacts({ ids: [contact.id] })
      onDeleted(contact.id)
      onDone()
    } catch (error) {
      setFailure({ error, placed: { fields: {}, unplaced: [] } })
    } finally {
      setBusy(undefined)
    }
  }

  // Problems placed beside their fields need no repeating; anything else is said in the alert.
  const summary =
    failure === undefined
      ? undefined
      : failure.error instanceof ApiCallError && failure.error.code === 'invalid_input'
        ? [
            t('errors.invalid_input'),
            ...failure.placed.unplaced.map((issue) => issueText(issue, t)),
          ].join(' ')
        : errorMessage(failure.error, t)

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <Stack gap="md">
        <ContactOptedOutAlert contact={contact} onChanged={onOptOutChanged} />
        {contact.flag && (
          <Alert color="yellow" icon={<IconAlertTriangle />} p="sm">
            {t(`contacts.flagHint.${contact.flag}`)}
          </Alert>
        )}
        <TextInput
          label={t('contacts.drawer.fullName')}
          description={t('contacts.drawer.fullNameHint')}
          value={draft.name}
          onChange={(event) => {
            edit({ name: event.currentTarget.value })
          }}
          maxLength={400}
          error={fieldError('name')}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('contacts.drawer.firstName')}
            value={draft.firstName}
            onChange={(event) => {
              edit({ firstName: event.currentTarget.value })
            }}
            maxLength={200}
            error={fieldError('firstName')}
          />
          <TextInput
            label={t('contacts.drawer.middleName')}
            value={draft.middleName}
            onChange={(event) => {
              edit({ middleName: event.currentTarget.value })
            }}
            maxLength={200}
            error={fieldError('middleName')}
          />
          <TextInput
            label={t('contacts.drawer.lastName')}
            value={draft.lastName}
            onChange={(event) => {
              edit({ lastName: event.currentTarget.value })
            }}
            maxLength={200}
            error={fieldError('lastName')}
          />
        </Group>
        <PhonesEditor
          phones={draft.phones}
          primaryKey={draft.primaryKey}
          issues={fields}
          onChange={(phones, primaryKey) => {
            edit({ phones, primaryKey })
          }}
        />
        <TextInput
          label={t('contacts.drawer.email')}
          type="email"
          value={draft.email}
          onChange={(event) => {
            edit({ email: event.currentTarget.value })
          }}
          maxLength={320}
          error={fieldError('email')}
        />
        <TagsInput
          label={t('contacts.drawer.tags')}
          placeholder={t('contacts.drawer.tagsPlaceholder')}
          data={tags.map((entry) => entry.tag)}
          value={draft.tags}
          onChange={(value) => {
            edit({ tags: value })
          }}
          maxTags={100}
          clearable
          error={fieldError('tags')}
        />
        <ConsentField
          value={draft.consent}
          contact={contact}
          onChange={(consent) => {
            edit({ consent })
          }}
        />
        <Checkbox
          label={t('senders.contact.chatsWithShop')}
          description={t('senders.contact.chatsWithShopHint')}
          checked={draft.chatsWithShop}
          onChange={(event) => {
            edit({ chatsWithShop: event.currentTarget.checked })
          }}
        />
        <SavedNumberField
          value={draft.savedNumber}
          contact={contact}
          onChange={(savedNumber) => {
            edit({ savedNumber })
          }}
        />
        <ContactOptOutButton contact={contact} onChanged={onOptOutChanged} />
        <Textarea
          label={t('contacts.drawer.notes')}
          value={draft.notes}
          onChange={(event) => {
            edit({ notes: event.currentTarget.value })
          }}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={10_000}
          error={fieldError('notes')}
        />
        {summary !== undefined && (
          <Alert color="red" icon={<IconAlertTriangle />} title={t('contacts.drawer.saveFailed')}>
            {summary}
          </Alert>
        )}
        {/* Save stays in reach however long the form grows. */}
        <Group
          justify="space-between"
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ borderTop: '1px solid var(--mantine-color-gray-2)', zIndex: 1 }}
        >
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            loading={busy === 'delete'}
            disabled={busy === 'save'}
            onClick={() => void remove()}
          >
            {t('contacts.drawer.delete')}
          </Button>
          <Button type="submit" loading={busy === 'save'} disabled={busy === 'delete'}>
            {t('contacts.drawer.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
