import { MultiSelect, NativeSelect, SimpleGrid, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { consentStates, type TagCount } from '../../../../shared/contacts'
import { listFields } from '../../../../shared/lists'
import type { FilterForm } from './list-filter-form'
import { DateField } from '../../components/dates/DateFields'

interface Props {
  form: FilterForm
  tags: readonly TagCount[]
  onChange: (change: Partial<FilterForm>) => void
}

/** Who a list is built from: tags, consent, a text in a field, the date they were added. */
export function BuilderFilterFields({ form, tags, onChange }: Props) {
  const { t } = useTranslation()
  const tagChoices = tags.map(({ tag, count }) => ({ value: tag, label: `${tag} (${count})` }))
  for (const tag of form.tags) {
    if (!tags.some((entry) => entry.tag === tag)) tagChoices.push({ value: tag, label: tag })
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
      <MultiSelect
        label={t('lists.builder.tags')}
        description={t('lists.builder.tagsHint')}
        placeholder={form.tags.length === 0 ? t('lists.builder.tagsPlaceholder') : undefined}
        data={tagChoices}
        value={form.tags}
        onChange={(value) => {
          onChange({ tags: value })
        }}
        searchable
        clearable
        maxValues={20}
        comboboxProps={{ withinPortal: true }}
      />
      <NativeSelect
        label={t('lists.builder.consent')}
        // Aligns with the tags' description line.
        description=" "
        data={[
          { value: '', label: t('lists.builder.consentAny') },
          ...consentStates.map((state) => ({
            value: state,
            label: t(`contacts.consent.${state}`),
          })),
        ]}
        value={form.consent ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value
          onChange({ consent: consentStates.find((state) => state === value) })
        }}
      />
      <TextInput
        label={t('lists.builder.contains')}
        placeholder={t('lists.builder.containsPlaceholder')}
        value={form.contains}
        onChange={(event) => {
          onChange({ contains: event.currentTarget.value })
        }}
        maxLength={100}
      />
      <NativeSelect
        label={t('lists.builder.field')}
        data={listFields.map((field) => ({
          value: field,
          label: t(`lists.builder.fields.${field}`),
        }))}
        value={form.field}
        onChange={(event) => {
          const value = event.currentTarget.value
          const field = listFields.find((entry) => entry === value)
          if (field) onChange({ field })
        }}
      />
      <TextInput
        label={t('lists.builder.search')}
        leftSection={<IconSearch size={16} />}
        value={form.search}
        onChange={(event) => {
          onChange({ search: event.currentTarget.value })
        }}
        maxLength={100}
      />
      <DateField
        label={t('lists.builder.addedSince')}
        value={form.addedSince}
        clearable
        onChange={(addedSince) => {
          onChange({ addedSince })
        }}
      />
    </SimpleGrid>
  )
}
