import {
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  ScrollArea,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconCheck, IconPlus, IconSearch, IconUsersPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { consentStates, type ContactRow } from '../../../../shared/contacts'
import { listCapacity, type ListDetail } from '../../../../shared/lists'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'
import { ContactStatusBadges } from '../contacts/ContactStatusBadges'
import { useTags } from '../contacts/use-tags'
import { pickerLimit, useContactSearch, type PickerFilter } from './use-contact-search'
import { useAddToList } from './use-add-to-list'

const searchDelayMs = 200

/** The number to send to; else, as the contact table does, the first other one (greyed anyway). */
function phoneOf(row: ContactRow, none: string): string {
  return row.phoneText ?? none
}

/** The contact book's search beside the list: find people and add them, one or all found. */
export function ContactPicker({ list }: { list: ListDetail }) {
  const { t } = useTranslation()
  const api = useApi()
  const tags = useTags()
  const addToList = useAddToList()
  const [typed, setTyped] = useState('')
  const [filter, setFilter] = useState<PickerFilter>({
    search: '',
    tag: undefined,
    consent: undefined,
  })
  const [onlyEligible, setOnlyEligible] = useState(true)
  const [adding, setAdding] = useState<'all' | number | undefined>()
  const search = useDebouncedCallback((text: string) => {
    setFilter((current) => ({ ...current, search: text }))
  }, searchDelayMs)
  const state = useContactSearch(filter)
  const page =
    state.status === 'ready' ? state.page : state.status === 'loading' ? state.last : undefined
  const members = new Set(list.members.map((member) => member.contactId))
  const full = list.size >= listCapacity

  const addOne = async (row: ContactRow) => {
    setAdding(row.id)
    await addToList(list.name, () =>
      api.call('lists.addMembers', { id: list.id, contactIds: [row.id] }),
    )
    setAdding(undefined)
  }
  const addAll = async () => {
    setAdding('all')
    await addToList(list.name, () =>
      api.call('lists.addMatching', {
        id: list.id,
        filter: {
          search: filter.search.trim(),
          tags: filter.tag === undefined ? [] : [filter.tag],
          ...(filter.consent === undefined ? {} : { consent: filter.consent }),
        },
        onlyEligible,
      }),
    )
    setAdding(undefined)
  }

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <TextInput
        type="search"
        aria-label={t('lists.editor.search')}
        placeholder={t('lists.editor.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={typed}
        onChange={(event) => {
          setTyped(event.currentTarget.value)
          search(event.currentTarget.value)
        }}
      />
      <Group gap="sm" grow>
        <NativeSelect
          aria-label={t('lists.editor.tag')}
          data={[
            { value: '', label: t('lists.editor.tagAny') },
            ...tags.map(({ tag, count }) => ({ value: tag, label: `${tag} (${count})` })),
          ]}
          value={filter.tag ?? ''}
          onChange={(event) => {
            const tag = event.currentTarget.value
            setFilter((current) => ({ ...current, tag: tag === '' ? undefined : tag }))
          }}
        />
        <NativeSelect
          aria-label={t('lists.editor.consent')}
          data={[
            { value: '', label: t('lists.editor.consentAny') },
            ...consentStates.map((value) => ({
              value,
              label: t(`contacts.consent.${value}`),
            })),
          ]}
          value={filter.consent ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value
            setFilter((current) => ({
              ...current,
              consent: consentStates.find((entry) => entry === value),
            }))
          }}
        />
      </Group>
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Text fz="sm" c="dimmed" aria-live="polite">
          {page === undefined
            ? ''
            : page.totalCapped
              ? t('lists.editor.foundCapped', { count: page.total })
              : t('lists.editor.found', { count: page.total })}
        </Text>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconUsersPlus size={16} />}
          loading={adding === 'all'}
          disabled={full || page === undefined || page.total === 0 || adding !== undefined}
          onClick={() => void addAll()}
        >
          {t('lists.editor.addAll')}
        </Button>
      </Group>
      <Switch
        size="xs"
        checked={onlyEligible}
        onChange={(event) => {
          setOnlyEligible(event.currentTarget.checked)
        }}
        label={t('lists.editor.addAllOnlyEligible')}
      />
      {state.status === 'failed' ? (
        <Text c="red" fz="sm">
          {errorMessage(state.error, t)}
        </Text>
      ) : page === undefined ? (
        <Loader size="sm" />
      ) : page.rows.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('lists.editor.nothingFound')}
        </Text>
      ) : (
        <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
          <Table
            highlightOnHover
            layout="fixed"
            verticalSpacing={6}
            aria-label={t('lists.editor.pickerTitle')}
          >
            <Table.Tbody>
              {page.rows.map((row) => {
                const name = row.name === '' ? t('contacts.noName') : row.name
                const inList = members.has(row.id)
                return (
                  <Table.Tr key={row.id} data-in-list={inList || undefined}>
                    <Table.Td>
                      <Text fz="sm" lineClamp={2} style={{ wordBreak: 'break-word' }}>
                        {name}
                      </Text>
                      <Group gap={4}>
                        <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {phoneOf(row, t('lists.editor.noPhone'))}
                        </Text>
                        <ContactStatusBadges contact={row} />
                      </Group>
                    </Table.Td>
                    <Table.Td w={120} style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>
                      {inList ? (
                        <Badge
                          color="teal"
                          variant="light"
                          radius="sm"
                          tt="none"
                          leftSection={<IconCheck size={12} />}
                        >
                          {t('lists.editor.inList')}
                        </Badge>
                      ) : (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconPlus size={14} />}
                          aria-label={t('lists.editor.addOne', { name })}
                          loading={adding === row.id}
                          disabled={full || (adding !== undefined && adding !== row.id)}
                          onClick={() => void addOne(row)}
                        >
                          {t('lists.editor.add')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
          {page.total > page.rows.length && (
            <Text fz="xs" c="dimmed" p="xs">
              {t('lists.editor.shownFirst', { count: pickerLimit })}
            </Text>
          )}
        </ScrollArea>
      )}
    </Stack>
  )
}
