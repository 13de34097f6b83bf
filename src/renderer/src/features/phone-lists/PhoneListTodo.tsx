import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PhoneListMember, PhoneListRemoval } from '../../../../shared/phone-lists'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'
import { HowToEditOnPhone } from './HowToEditOnPhone'

interface Props {
  listId: number
  kind: 'remove' | 'add'
  people: (PhoneListMember | PhoneListRemoval)[]
}

const whyOf = (p: PhoneListMember | PhoneListRemoval) => ('why' in p ? p.why : null)

/**
 * One to-do for the phone's list: who to remove (with why) or add there. Each person has a tick
 * for the owner to follow; «Готово» confirms the ticked ones, or everyone when none is ticked.
 */
export function PhoneListTodo({ listId, kind, people }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    const e164s = ticked.size > 0 ? [...ticked] : people.map((p) => p.e164)
    setBusy(true)
    try {
      if (kind === 'remove') await api.call('phoneLists.confirmRemoved', { listId, e164s })
      else await api.call('phoneLists.confirmAdded', { listId, e164s })
      setTicked(new Set())
      notifications.show({
        color: 'teal',
        message: t(kind === 'remove' ? 'phoneLists.confirmedRemoved' : 'phoneLists.confirmedAdded'),
      })
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('phoneLists.failed'),
        message: errorMessage(error, t),
      })
    } finally {
      setBusy(false)
    }
  }
  const names = people
    .map((p) => {
      const why = whyOf(p)
      return why === null ? p.name : `${p.name} (${t(`phoneLists.why.${why}`)})`
    })
    .join(', ')

  return (
    <Alert
      color={kind === 'remove' ? 'red' : 'blue'}
      variant="light"
      py={6}
      px="sm"
      data-testid={`phone-todo-${kind}`}
    >
      <Stack gap={4}>
        <Text fz="sm" fw={600}>
          {t(kind === 'remove' ? 'phoneLists.remove.title' : 'phoneLists.add.title')} {names}
        </Text>
        <Text fz="xs" c="dimmed" mt={-4}>
          {t(kind === 'remove' ? 'phoneLists.remove.explain' : 'phoneLists.add.explain')}
        </Text>
        <Group gap="md" wrap="wrap" justify="space-between">
          <Group gap="md" wrap="wrap">
            {people.map((p) => (
              <Checkbox
                key={p.e164}
                size="xs"
                label={`${p.name} · ${p.e164}`}
                checked={ticked.has(p.e164)}
                onChange={() => {
                  setTicked((before) => {
                    const next = new Set(before)
                    if (next.has(p.e164)) next.delete(p.e164)
                    else next.add(p.e164)
                    return next
                  })
                }}
              />
            ))}
          </Group>
          <Group gap="xs">
            <HowToEditOnPhone listId={listId} withContacts={kind === 'add'} />
            <Button size="xs" loading={busy} onClick={() => void confirm()}>
              {ticked.size > 0
                ? t(
                    kind === 'remove'
                      ? 'phoneLists.remove.doneTicked'
                      : 'phoneLists.add.doneTicked',
                  )
                : t(kind === 'remove' ? 'phoneLists.remove.done' : 'phoneLists.add.done')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Alert>
  )
}
