import { Button, Group, Menu, Paper, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDeviceMobile, IconDots, IconTrashX } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListSummary } from '../../../../shared/lists'
import { useApi } from '../../api/api-context'
import { useApiQuery } from '../../api/use-api-query'
import { errorMessage } from '../../i18n/error-message'
import { MakePhoneListModal } from './MakePhoneListModal'
import { PhoneListTodo } from './PhoneListTodo'

/**
 * «На телефоне» on a list's page: the broadcast list on the owner's phone that mirrors this list,
 * or the way to make one; and what to remove there or add, read afresh on every change.
 */
export function PhoneListSection({ list }: { list: ListSummary }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [making, setMaking] = useState(false)
  const { state } = useApiQuery(
    'phoneLists.get',
    { listId: list.id },
    { refreshOn: ['lists.changed', 'optOuts.changed', 'contacts.changed', 'settings.changed'] },
  )

  if (state.status !== 'ready')
    return (
      <Text fz="sm" c={state.status === 'failed' ? 'red' : 'dimmed'}>
        {state.status === 'failed'
          ? `${t('phoneLists.loadFailed')}: ${errorMessage(state.error, t)}`
          : t('phoneLists.loading')}
      </Text>
    )

  const { phoneList, candidates } = state.value
  const forget = async () => {
    try {
      await api.call('phoneLists.forget', { listId: list.id })
      notifications.show({ color: 'gray', message: t('phoneLists.forgotten') })
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('phoneLists.failed'),
        message: errorMessage(error, t),
      })
    }
  }
  const inStep =
    phoneList !== null && phoneList.toRemove.length === 0 && phoneList.toAdd.length === 0
  const when = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(at)

  return (
    <Paper withBorder radius="md" px="md" py="xs" data-testid="phone-list">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Group gap="xs" wrap="wrap" style={{ flex: '1 1 400px' }}>
            <IconDeviceMobile size={18} stroke={1.5} aria-hidden />
            {phoneList === null ? (
              <>
                <Text fz="sm" fw={600}>
                  {t('phoneLists.title')}:
                </Text>
                <Text fz="sm" c="dimmed" style={{ flex: '1 1 300px' }}>
                  {t('phoneLists.notYet')}
                </Text>
              </>
            ) : (
              <>
                <Text fz="sm" fw={600} data-testid="phone-list-summary">
                  {t('phoneLists.mirrored', {
                    when: when(phoneList.madeAt),
                    count: phoneList.onPhone.length,
                    name: phoneList.name,
                  })}
                </Text>
                {inStep && (
                  <Text fz="sm" c="teal.8" data-testid="phone-list-in-step">
                    {t('phoneLists.inStep')}
                  </Text>
                )}
              </>
            )}
          </Group>
          {phoneList === null ? (
            <Button
              size="xs"
              leftSection={<IconDeviceMobile size={16} />}
              onClick={() => {
                setMaking(true)
              }}
            >
              {t('phoneLists.make')}
            </Button>
          ) : (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button size="compact-sm" variant="subtle" aria-label={t('phoneLists.forget')}>
                  <IconDots size={16} />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconTrashX size={16} />} onClick={() => void forget()}>
                  <Text fz="sm">{t('phoneLists.forget')}</Text>
                  <Text fz="xs" c="dimmed" maw={260}>
                    {t('phoneLists.forgetHint')}
                  </Text>
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {phoneList !== null && phoneList.toRemove.length > 0 && (
          <PhoneListTodo
            key={`remove-${phoneList.toRemove.map((p) => p.e164).join()}`}
            listId={list.id}
            kind="remove"
            people={phoneList.toRemove}
          />
        )}
        {phoneList !== null && phoneList.toAdd.length > 0 && (
          <PhoneListTodo
            key={`add-${phoneList.toAdd.map((p) => p.e164).join()}`}
            listId={list.id}
            kind="add"
            people={phoneList.toAdd}
          />
        )}
      </Stack>
      {making && (
        <MakePhoneListModal
          listId={list.id}
          listName={list.name}
          candidates={candidates}
          onClose={() => {
            setMaking(false)
          }}
        />
      )}
    </Paper>
  )
}
