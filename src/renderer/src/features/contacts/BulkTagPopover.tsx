import { Autocomplete, Button, NativeSelect, Popover, Stack } from '@mantine/core'
import { IconTag, IconTagOff } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagCount } from '../../../../shared/contacts'

interface Props {
  mode: 'add' | 'remove'
  tags: readonly TagCount[]
  /** Rejects if it failed; the popover stays open then. */
  onApply: (tag: string) => Promise<void>
}

/** Adds a tag (new or existing) to the selected contacts, or takes one off them. */
export function BulkTagPopover({ mode, tags, onApply }: Props) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [tag, setTag] = useState('')
  const [busy, setBusy] = useState(false)
  const adding = mode === 'add'
  const names = tags.map((entry) => entry.tag)

  const apply = async (event: SyntheticEvent) => {
    event.preventDefault()
    const chosen = tag.trim()
    if (chosen === '') return
    setBusy(true)
    try {
      await onApply(chosen)
      setOpened(false)
      setTag('')
    } catch {
      // The caller has told the user; keep the popover so they can try again.
    } finally {
      setBusy(false)
    }
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="top" withArrow trapFocus shadow="md">
      <Popover.Target>
        <Button
          variant="subtle"
          leftSection={adding ? <IconTag size={16} /> : <IconTagOff size={16} />}
          onClick={() => {
            setOpened((open) => !open)
          }}
          disabled={!adding && names.length === 0}
        >
          {adding ? t('contacts.bulk.addTag') : t('contacts.bulk.removeTag')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" component="form" onSubmit={(event) => void apply(event)} w={240}>
          {adding ? (
            <Autocomplete
              label={t('contacts.bulk.tag')}
              placeholder={t('contacts.bulk.tagPlaceholder')}
              data={names}
              value={tag}
              onChange={setTag}
              maxLength={60}
              // Inside the popover, so picking a suggestion does not count as a click outside.
              comboboxProps={{ withinPortal: false }}
              data-autofocus
            />
          ) : (
            <NativeSelect
              label={t('contacts.bulk.tag')}
              data={['', ...names]}
              value={tag}
              onChange={(event) => {
                setTag(event.currentTarget.value)
              }}
              data-autofocus
            />
          )}
          <Button type="submit" loading={busy} disabled={tag.trim() === ''}>
            {adding ? t('contacts.bulk.add') : t('contacts.bulk.remove')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
