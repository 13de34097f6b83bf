import { Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  IconAddressBook,
  IconCopy,
  IconFileSpreadsheet,
  IconPencil,
  IconSend,
  IconTrash,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListSummary } from '../../../../shared/lists'
import { useApi } from '../../api/api-context'
import { saveDownload } from '../../components/download-file'
import { MoreActionsMenu } from '../../components/MoreActionsMenu'
import { errorMessage } from '../../i18n/error-message'
import { fileLanguage } from '../../i18n/language'
import { useNavigation } from '../../stores/navigation'
import { useCampaignsView } from '../campaigns/campaigns-view'
import { DeleteListModal } from './DeleteListModal'
import { copyName } from './list-names'
import { ListNameModal } from './ListNameModal'

interface Props {
  list: ListSummary
  /** After a copy is made (e.g. to open it). */
  onDuplicated?: (copy: ListSummary) => void
  onDeleted?: () => void
}

type Open = 'rename' | 'duplicate' | 'delete' | undefined

/** Send to, rename, copy, export and delete one list: the "⋯" menu on its row and in its editor. */
export function ListActionsMenu({ list, onDuplicated, onDeleted }: Props) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [open, setOpen] = useState<Open>()
  const close = () => {
    setOpen(undefined)
  }

  const exportAs = async (format: 'csv' | 'vcf') => {
    try {
      saveDownload(
        await api.call('lists.export', {
          id: list.id,
          format,
          language: fileLanguage(i18n.language),
        }),
      )
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('lists.failed'),
        message: errorMessage(error, t),
      })
    }
  }

  return (
    <>
      <MoreActionsMenu label={t('lists.actions', { name: list.name })}>
        <Menu.Item
          leftSection={<IconSend size={16} />}
          onClick={() => {
            // The composer of a new campaign, with this list as «Кому».
            useCampaignsView.getState().show({ kind: 'compose', id: null, listIds: [list.id] })
            useNavigation.getState().goTo('campaigns')
          }}
        >
          {t('lists.sendToList')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconPencil size={16} />}
          onClick={() => {
            setOpen('rename')
          }}
        >
          {t('lists.rename')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCopy size={16} />}
          onClick={() => {
            setOpen('duplicate')
          }}
        >
          {t('lists.duplicate')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => void exportAs('csv')}
        >
          {t('lists.exportCsv')}
        </Menu.Item>
        <Menu.Item leftSection={<IconAddressBook size={16} />} onClick={() => void exportAs('vcf')}>
          {t('lists.exportVcf')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => {
            setOpen('delete')
          }}
        >
          {t('lists.delete')}
        </Menu.Item>
      </MoreActionsMenu>
      {open === 'rename' && (
        <ListNameModal
          mode="rename"
          initial={{ name: list.name, description: list.description }}
          onClose={close}
          onSubmit={async ({ name, description }) => {
            await api.call('lists.update', { id: list.id, name, description })
            notifications.show({ color: 'teal', message: t('lists.renamed') })
          }}
        />
      )}
      {open === 'duplicate' && (
        <ListNameModal
          mode="duplicate"
          initial={{ name: copyName(list.name, t('lists.copySuffix')), description: '' }}
          onClose={close}
          onSubmit={async ({ name }) => {
            const copy = await api.call('lists.duplicate', { id: list.id, name })
            notifications.show({
              color: 'teal',
              message: t('lists.duplicated', { name: copy.name }),
            })
            onDuplicated?.(copy)
          }}
        />
      )}
      {open === 'delete' && (
        <DeleteListModal
          name={list.name}
          onClose={close}
          onConfirm={async () => {
            await api.call('lists.delete', { id: list.id })
            notifications.show({ color: 'gray', message: t('lists.deleted', { name: list.name }) })
            onDeleted?.()
          }}
        />
      )}
    </>
  )
}
