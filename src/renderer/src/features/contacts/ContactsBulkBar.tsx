import { ActionBar, Button, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagCount } from '../../../../shared/contacts'
import { useApi } from '../../api/api-context'
import { saveDownload } from '../../components/download-file'
import { errorMessage } from '../../i18n/error-message'
import { AddToListMenu } from '../lists/AddToListMenu'
import { BulkOptOutButton } from '../opt-outs/BulkOptOutButton'
import { BulkTagPopover } from './BulkTagPopover'
import type { Selection } from './selection'
import { useDeleteContacts } from './use-delete-contacts'

interface Props {
  selection: Selection
  tags: readonly TagCount[]
  onClear: () => void
}

/** What can be done to the ticked contacts at once; shown while any are ticked. */
export function ContactsBulkBar({ selection, tags, onClear }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const deleteContacts = useDeleteContacts()
  const [busy, setBusy] = useState<'export' | 'delete' | undefined>()
  const ids = [...selection]

  const failed = (error: unknown) => {
    notifications.show({
      color: 'red',
      title: t('contacts.bulk.failed'),
      message: errorMessage(error, t),
    })
  }

  const tag = async (mode: 'add' | 'remove', name: string) => {
    try {
      const { changed } = await api.call(
        'contacts.tag',
        mode === 'add' ? { ids, add: [name] } : { ids, remove: [name] },
      )
      notifications.show({
        color: 'teal',
        message: t(mode === 'add' ? 'contacts.bulk.tagAdded' : 'contacts.bulk.tagRemoved', {
          tag: name,
          count: changed,
        }),
      })
    } catch (error) {
      failed(error)
      throw error
    }
  }

  const exportSelected = async () => {
    setBusy('export')
    try {
      saveDownload(await api.call('contacts.exportCsv', { ids }))
    } catch (error) {
      failed(error)
    } finally {
      setBusy(undefined)
    }
  }

  const remove = async () => {
    setBusy('delete')
    try {
      await deleteContacts(ids)
      onClear()
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('contacts.deleteFailed'),
        message: errorMessage(error, t),
      })
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <ActionBar
      opened={selection.size > 0}
      onClose={onClear}
      aria-label={t('contacts.bulk.label')}
      // In a narrow window the actions wrap onto a second row instead of running off the screen.
      styles={{
        root: { flexWrap: 'wrap', justifyContent: 'center', maxWidth: 'calc(100vw - 2rem)' },
      }}
    >
      <Text fw={500} fz="sm" px="xs" style={{ whiteSpace: 'nowrap' }}>
        {t('contacts.bulk.selected', { count: selection.size })}
      </Text>
      <ActionBar.Divider />
      <BulkTagPopover mode="add" tags={tags} onApply={(name) => tag('add', name)} />
      <BulkTagPopover mode="remove" tags={tags} onApply={(name) => tag('remove', name)} />
      <AddToListMenu contactIds={ids} />
      <Button
        variant="subtle"
        leftSection={<IconDownload size={16} />}
        loading={busy === 'export'}
        onClick={() => void exportSelected()}
      >
        {t('contacts.bulk.export')}
      </Button>
      <BulkOptOutButton contactIds={ids} />
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} />}
        loading={busy === 'delete'}
        onClick={() => void remove()}
      >
        {t('contacts.bulk.delete')}
      </Button>
      <ActionBar.Divider />
      <ActionBar.CloseButton aria-label={t('contacts.bulk.clear')} />
    </ActionBar>
  )
}
