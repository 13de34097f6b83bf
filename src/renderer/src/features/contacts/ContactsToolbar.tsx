import { ActionIcon, Chip, Group, NativeSelect, Text, TextInput, Tooltip } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch, IconSortAscending, IconSortDescending } from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  consentStates,
  contactSortKeys,
  savedNumberStates,
} from '../../../../shared/contact-choices'
import type { TagCount } from '../../../../shared/contacts'
import { useContactsFilter } from './contacts-filter-store'

/** Long enough not to ask for every keystroke, short enough to feel instant. */
const searchDelayMs = 150

interface Props {
  /** Contacts matching the filter, once known. */
  total: number | undefined
  /** The core stopped counting at `total`: there are more. */
  capped: boolean
  tags: readonly TagCount[]
}

/** Search as you type, the filters, the order, and how many contacts they leave. */
export const ContactsToolbar = memo(function ContactsToolbar({ total, capped, tags }: Props) {
  const { t } = useTranslation()
  const { filter, typed, type, change } = useContactsFilter()
  const search = useDebouncedCallback((text: string) => {
    change({ search: text })
  }, searchDelayMs)

  const tagChoices = [
    { value: '', label: t('contacts.tagAny') },
    ...tags.map(({ tag, count }) => ({ value: tag, label: `${tag} (${count})` })),
  ]
  // A tag picked before it vanished (its last contact deleted) stays choosable until cleared.
  if (filter.tag !== undefined && !tags.some(({ tag }) => tag === filter.tag)) {
    tagChoices.push({ value: filter.tag, label: filter.tag })
  }
  const consentChoices = [
    { value: '', label: t('contacts.consentAny') },
    ...consentStates.map((state) => ({ value: state, label: t(`contacts.consent.${state}`) })),
  ]
  const savedNumberChoices = [
    { value: '', label: t('savedNumber.filter.any') },
    ...savedNumberStates.map((state) => ({
      value: state,
      label: t(`savedNumber.filter.${state}`),
    })),
  ]
  const sortChoices = contactSortKeys.map((key) => ({
    value: key,
    label: t(`contacts.sort.${key}`),
  }))
  const DirectionIcon = filter.direction === 'asc' ? IconSortAscending : IconSortDescending
  const directionLabel = t(`contacts.direction.${filter.direction}`)

  return (
    <Group gap="sm" align="center" wrap="wrap">
      <TextInput
        type="search"
        aria-label={t('contacts.search')}
        placeholder={t('contacts.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={typed}
        onChange={(event) => {
          type(event.currentTarget.value)
          search(event.currentTarget.value)
        }}
        style={{ flex: '1 1 240px' }}
      />
      <NativeSelect
        aria-label={t('contacts.tagFilter')}
        data={tagChoices}
        value={filter.tag ?? ''}
        onChange={(event) => {
          const tag = event.currentTarget.value
          change({ tag: tag === '' ? undefined : tag })
        }}
        w={180}
      />
      <NativeSelect
        aria-label={t('contacts.consentFilter')}
        data={consentChoices}
        value={filter.consent ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value
          change({ consent: consentStates.find((state) => state === value) })
        }}
        w={200}
      />
      <NativeSelect
        aria-label={t('savedNumber.filter.label')}
        data={savedNumberChoices}
        value={filter.savedNumber ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value
          change({ savedNumber: savedNumberStates.find((state) => state === value) })
        }}
        w={230}
      />
      <Group gap={4} wrap="nowrap">
        <NativeSelect
          aria-label={t('contacts.sortBy')}
          data={sortChoices}
          value={filter.sort}
          onChange={(event) => {
            const value = event.currentTarget.value
            const sort = contactSortKeys.find((key) => key === value)
            if (sort) change({ sort })
          }}
          w={190}
        />
        <Tooltip label={directionLabel}>
          <ActionIcon
            variant="default"
            size="input-sm"
            aria-label={directionLabel}
            onClick={() => {
              change({ direction: filter.direction === 'asc' ? 'desc' : 'asc' })
            }}
          >
            <DirectionIcon size={18} stroke={1.5} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Group gap="xs" wrap="nowrap" w="100%">
        {filter.list !== undefined && (
          <Chip
            size="sm"
            checked
            title={t('savedNumber.listChipClear')}
            onChange={() => {
              change({ list: undefined })
            }}
          >
            {t('savedNumber.listChip', { name: filter.list.name })}
          </Chip>
        )}
        <Chip
          size="sm"
          checked={filter.optedOut === true}
          onChange={(checked) => {
            change({ optedOut: checked ? true : undefined })
          }}
        >
          {t('contacts.onlyOptedOut')}
        </Chip>
        <Chip
          size="sm"
          checked={filter.flagged === true}
          onChange={(checked) => {
            change({ flagged: checked ? true : undefined })
          }}
        >
          {t('contacts.onlyFlagged')}
        </Chip>
        <Text c="dimmed" fz="sm" ml="auto" aria-live="polite">
          {total === undefined
            ? ''
            : capped
              ? t('contacts.countCapped', { count: total })
              : t('contacts.count', { count: total })}
        </Text>
      </Group>
    </Group>
  )
})
