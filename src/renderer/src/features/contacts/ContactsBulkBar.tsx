import { ActionBar, Button, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconChecks, IconDownload, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagCount } from '../../../../shared/contacts'
import { useApi } from '../../api/api-context'
import { saveDownload } from '../../components/download-file'
import { errorMessage } from '../../i18n/error-message'
import { fileLanguage } from '../../i18n/language'
import { MarkConsentButton } from '../consent/MarkConsentButton'
import { AddToListMenu } from '../lists/AddToListMenu'
import { BulkOptOutButton } from '../opt-outs/BulkOptOutButton'
import { BulkTagPopover } from './BulkTagPopover'
import { MarkSavedNumberMenu } from './MarkSavedNumberMenu'
import type { ChosenContacts } from './selection'
import { useDeleteContacts } from './use-delete-contacts'

export interface Props {
  /**
   * The ticked contacts, or everyone found («Выбрать всё»). Each action passes `chosen.selector`
   * to its core call, which takes `{ ids }` or `{ matching }` (shared `forContacts`).
   */
  chosen: ChosenContacts
  /** How many the search finds, offered as «Выбрать все» when fewer are ticked; none: not offered. */
  selectAllCount: number | undefined
  onSelectAll: () => void
  tags: readonly TagCount[]
  onClear: () => void
}

/** The sidebar's width (AppShell's variable): the bar centres in the content, never over it. */
const sidebar = 'var(--app-shell-navbar-width, 0px)'

/** What can be done to the ticked contacts at once; shown while any are ticked. */
export function ContactsBulkBar({ chosen, selectAllCount, onSelectAll, tags, onClear }: Props) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const deleteContacts = useDeleteContacts()
  const [busy, setBusy] = useState<'export' | 'delete' | undefined>()
  const { selector, count } = chosen

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
        mode === 'add' ? { ...selector, add: [name] } : { ...selector, remove: [name] },
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
      saveDownload(
        await api.call('contacts.exportCsv', {
          ...selector,
          language: fileLanguage(i18n.language),
        }),
      )
    } catch (error) {
      failed(error)
    } finally {
      setBusy(undefined)
    }
  }

  const remove = async () => {
    setBusy('delete')
    try {
      await deleteContacts(selector)
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
      opened={count > 0}
      onClose={onClear}
      aria-label={t('contacts.bulk.label')}
      position={{ bottom: 30, left: sidebar, right: 0 }}
      // In a narrow window the actions wrap onto a second row instead of running off the screen.
      styles={{
        root: {
          flexWrap: 'wrap',
          justifyContent: 'center',
          maxWidth: `calc(100vw - ${sidebar} - 2rem)`,
        },
      }}
    >
      <Text fw={500} fz="sm" px="xs" style={{ whiteSpace: 'nowrap' }}>
        {t('contacts.bulk.selected', { count })}
      </Text>
      {selectAllCount !== undefined && (
        <Button variant="light" leftSection={<IconChecks size={16} />} onClick={onSelectAll}>
          {t('contacts.bulk.selectAll', { count: selectAllCount })}
        </Button>
      )}
      <ActionBar.Divider />
      <BulkTagPopover mode="add" tags={tags} onApply={(name) => tag('add', name)} />
      <BulkTagPopover mode="remove" tags={tags} onApply={(name) => tag('remove', name)} />
      <AddToListMenu chosen={chosen} />
      <Button
        variant="subtle"
        leftSection={<IconDownload size={16} />}
        loading={busy === 'export'}
        onClick={() => void exportSelected()}
      >
        {t('contacts.bulk.export')}
      </Button>
      <MarkConsentButton target={chosen.selector} count={chosen.count} />
      <MarkSavedNumberMenu selector={chosen.selector} />
      <BulkOptOutButton chosen={chosen} />
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
