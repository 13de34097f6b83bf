import { Group, NativeSelect, Text, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { optOutSources } from '../../../../shared/opt-outs'
import type { OptOutFilter } from './opt-out-pages'

/** Long enough not to ask for every keystroke, short enough to feel instant. */
const searchDelayMs = 150

interface Props {
  /** What is typed in the search box, shown at once; the filter follows a moment later. */
  typed: string
  filter: OptOutFilter
  /** Numbers matching the filter, once known. */
  total: number | undefined
  onType: (text: string) => void
  onChange: (filter: OptOutFilter) => void
}

/** Search as you type (digits or a name), the source filter, and how many numbers they leave. */
export function OptOutsToolbar({ typed, filter, total, onType, onChange }: Props) {
  const { t } = useTranslation()
  const search = useDebouncedCallback((text: string) => {
    onChange({ ...filter, search: text })
  }, searchDelayMs)
  const sourceChoices = [
    { value: '', label: t('optOuts.sourceAny') },
    ...optOutSources.map((source) => ({ value: source, label: t(`optOuts.source.${source}`) })),
  ]

  return (
    <Group gap="sm" align="center" wrap="wrap">
      <TextInput
        type="search"
        aria-label={t('optOuts.search')}
        placeholder={t('optOuts.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={typed}
        onChange={(event) => {
          onType(event.currentTarget.value)
          search(event.currentTarget.value)
        }}
        style={{ flex: '1 1 260px' }}
      />
      <NativeSelect
        aria-label={t('optOuts.sourceFilter')}
        data={sourceChoices}
        value={filter.source ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value
          onChange({ ...filter, source: optOutSources.find((source) => source === value) })
        }}
        w={260}
      />
      <Text c="dimmed" fz="sm" ml="auto" aria-live="polite">
        {total === undefined ? '' : t('optOuts.count', { count: total })}
      </Text>
    </Group>
  )
}
