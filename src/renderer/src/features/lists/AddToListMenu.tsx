import { Button, Loader, Menu, Text } from '@mantine/core'
import { IconListDetails, IconPlaylistAdd, IconPlus } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { listCapacity, type ListSummary } from '../../../../shared/lists'
import { useApi } from '../../api/api-context'
import type { ChosenContacts } from '../contacts/selection'
import { ListBuilderDialog } from './ListBuilderDialog'
import { useAddToList } from './use-add-to-list'
import { useOpenBuilt } from './use-open-built'

/**
 * The contact book's "To a list" for the ticked contacts (or everyone found, «Выбрать всё»): an
 * existing list, or a new one from them.
 */
export function AddToListMenu({ chosen }: { chosen: ChosenContacts }) {
  const { t } = useTranslation()
  const api = useApi()
  const addToList = useAddToList()
  const openBuilt = useOpenBuilt()
  const [opened, setOpened] = useState(false)
  const [lists, setLists] = useState<ListSummary[]>()
  const [building, setBuilding] = useState<ChosenContacts>()
  const [busy, setBusy] = useState(false)

  // Asked each time the menu opens, so it shows every list's current fill.
  useEffect(() => {
    if (!opened) return
    let live = true
    api.call('lists.all', {}).then(
      (value) => {
        if (live) setLists(value)
      },
      () => {
        if (live) setLists([])
      },
    )
    return () => {
      live = false
    }
  }, [api, opened])

  const add = async (list: ListSummary) => {
    setBusy(true)
    await addToList(list.name, () =>
      api.call(
        'lists.addMembers',
        'ids' in chosen.selector
          ? { id: list.id, contactIds: chosen.selector.ids }
          : { id: list.id, matching: chosen.selector.matching },
      ),
    )
    setBusy(false)
  }

  return (
    <>
      <Menu opened={opened} onChange={setOpened} position="top" shadow="md" width={360}>
        <Menu.Target>
          <Button variant="subtle" leftSection={<IconPlaylistAdd size={16} />} loading={busy}>
            {t('lists.addToList.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              setBuilding(chosen)
            }}
          >
            {t('lists.addToList.newFromSelection')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('lists.addToList.existing')}</Menu.Label>
          {lists === undefined ? (
            <Loader size="xs" m="sm" />
          ) : lists.length === 0 ? (
            <Text fz="sm" c="dimmed" px="sm" py={6}>
              {t('lists.addToList.none')}
            </Text>
          ) : (
            lists.map((list) => (
              <Menu.Item
                key={list.id}
                leftSection={<IconListDetails size={16} />}
                rightSection={
                  <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {t('lists.capacity', { size: list.size, limit: listCapacity })}
                  </Text>
                }
                onClick={() => void add(list)}
              >
                {list.name}
              </Menu.Item>
            ))
          )}
        </Menu.Dropdown>
      </Menu>
      {building !== undefined && (
        <ListBuilderDialog
          contacts={building}
          onClose={() => {
            setBuilding(undefined)
          }}
          onBuilt={openBuilt}
        />
      )}
    </>
  )
}
