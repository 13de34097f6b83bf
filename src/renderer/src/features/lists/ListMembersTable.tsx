import { ActionIcon, ScrollArea, Table, Text, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListDetail } from '../../../../shared/lists'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'
import { formatPhone } from '../contacts/phone-format'
import { EligibilityBadge } from './EligibilityBadge'

/** Everyone in the list (256 at most, so no virtualising), each with whether they will get it. */
export function ListMembersTable({ list }: { list: ListDetail }) {
  const { t } = useTranslation()
  const api = useApi()
  const [removing, setRemoving] = useState<ReadonlySet<number>>(new Set())

  const remove = async (contactId: number, name: string) => {
    setRemoving((current) => new Set(current).add(contactId))
    try {
      await api.call('lists.removeMembers', { id: list.id, contactIds: [contactId] })
      notifications.show({ color: 'gray', message: t('lists.editor.removed', { name }) })
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('lists.failed'),
        message: errorMessage(error, t),
      })
    } finally {
      setRemoving((current) => {
        const next = new Set(current)
        next.delete(contactId)
        return next
      })
    }
  }

  if (list.members.length === 0)
    return (
      <Text c="dimmed" fz="sm" p="md">
        {t('lists.editor.noMembers')}
      </Text>
    )
  return (
    <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
      <Table
        stickyHeader
        highlightOnHover
        layout="fixed"
        verticalSpacing={6}
        aria-label={t('lists.editor.membersTable')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lists.editor.column.name')}</Table.Th>
            <Table.Th w={140}>{t('lists.editor.column.phone')}</Table.Th>
            <Table.Th w={175}>{t('lists.editor.column.status')}</Table.Th>
            <Table.Th w={44} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.members.map((member) => {
            const name = member.name === '' ? t('contacts.noName') : member.name
            return (
              <Table.Tr key={member.contactId}>
                <Table.Td>
                  <Text fz="sm" lineClamp={2} style={{ wordBreak: 'break-word' }}>
                    {name}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {member.e164 === null ? (
                    <Text fz="sm" c="dimmed">
                      {t('lists.editor.noPhone')}
                    </Text>
                  ) : (
                    <Text fz="sm">{formatPhone(member.e164)}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <EligibilityBadge reasons={member.reasons} />
                </Table.Td>
                <Table.Td>
                  <Tooltip label={t('lists.editor.remove', { name })}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('lists.editor.remove', { name })}
                      loading={removing.has(member.contactId)}
                      onClick={() => void remove(member.contactId, name)}
                    >
                      <IconX size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  )
}
