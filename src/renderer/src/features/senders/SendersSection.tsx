import { Alert, Badge, Box, Button, Group, Loader, Menu, Paper, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconBan, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { useApi } from '../../api/api-context'
import { zoneInWords } from '../../components/dates/zone-in-words'
import { ConfirmModal } from '../../components/ConfirmModal'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { MoreActionsMenu } from '../../components/MoreActionsMenu'
import { SectionHeading } from '../../components/SectionHeading'
import { useNavigation } from '../../stores/navigation'
import { formatPhone } from '../contacts/phone-format'
import { SenderStanding } from '../risk/SenderStanding'
import { CloudSenderPanel } from './CloudSenderPanel'
import { SenderTotalsTable } from '../results/SenderTotalsTable'
import { ageInDays, allowanceAt, localDate, toSenderForm } from './sender-form'
import { SenderModal } from './SenderModal'
import { useSenders } from './use-senders'
import { daysSummary } from './week'

type Dialog =
  { kind: 'add' } | { kind: 'edit'; sender: Sender } | { kind: 'delete'; sender: Sender }

/** Settings: the shop's sending numbers, each with its hours and limits. */
export function SendersSection() {
  const { t } = useTranslation()
  const api = useApi()
  // Every save, delete or check says senders.changed: the list follows it, nothing to refresh here.
  const { state, reload } = useSenders()
  const [dialog, setDialog] = useState<Dialog>()
  const close = () => {
    setDialog(undefined)
  }

  return (
    <Paper withBorder p="lg" id="senders">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <SectionHeading title={t('senders.title')} hint={t('senders.hint')} />
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            style={{ flexShrink: 0 }}
            onClick={() => {
              setDialog({ kind: 'add' })
            }}
          >
            {t('senders.add')}
          </Button>
        </Group>
        {state.status === 'loading' && <Loader size="sm" />}
        {state.status === 'failed' && (
          <LoadFailedAlert
            title={t('senders.loadFailed')}
            error={state.error}
            retry={{ label: t('senders.retry'), onClick: reload, size: 'xs' }}
          />
        )}
        {state.status === 'ready' && state.value.length === 0 && (
          <Text fz="sm">{t('senders.none')}</Text>
        )}
        {state.status === 'ready' &&
          state.value.map((sender) => (
            <SenderRow
              key={sender.id}
              sender={sender}
              onEdit={() => {
                setDialog({ kind: 'edit', sender })
              }}
              onDelete={() => {
                setDialog({ kind: 'delete', sender })
              }}
            />
          ))}
      </Stack>
      {dialog?.kind === 'add' && <SenderModal onClose={close} />}
      {dialog?.kind === 'edit' && <SenderModal sender={dialog.sender} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          title={t('senders.deleteModal.title', { label: dialog.sender.label })}
          confirm={t('senders.deleteModal.confirm')}
          cancel={t('senders.deleteModal.cancel')}
          danger
          onClose={close}
          onConfirm={async () => {
            await api.call('senders.delete', { id: dialog.sender.id })
            notifications.show({
              color: 'teal',
              message: t('senders.deleteModal.deleted', { label: dialog.sender.label }),
            })
          }}
        >
          {t('senders.deleteModal.text')}
        </ConfirmModal>
      )}
    </Paper>
  )
}

interface RowProps {
  sender: Sender
  onEdit: () => void
  onDelete: () => void
}

function SenderRow({ sender, onEdit, onDelete }: RowProps) {
  const { t, i18n } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)
  const now = new Date()
  const today = localDate(now)
  const age = ageInDays(sender.startedOn, today)
  // After a block the warm-up starts over (warmUpFrom), though the number itself is older.
  const allowance = allowanceAt(
    toSenderForm(sender, today, sender.timeZone),
    ageInDays(sender.warmUpFrom, today),
  )
  const warming = allowance < sender.limits.newChatsPerDay
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600}>{sender.label}</Text>
            <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
              {t(`senders.channelBadge.${sender.channel}`)}
            </Badge>
            {sender.block && (
              <Badge variant="filled" color="red" size="sm" style={{ textTransform: 'none' }}>
                {t('senders.blocked')}
              </Badge>
            )}
            <Badge
              variant="light"
              color={warming ? 'orange' : 'teal'}
              size="sm"
              style={{ textTransform: 'none' }}
            >
              {warming ? t('senders.warmingUp', { count: allowance }) : t('senders.fullLimits')}
            </Badge>
          </Group>
          <Text fz="sm" c="dimmed">
            {t('senders.summary', {
              phone: formatPhone(sender.phone),
              days: daysSummary(sender.window.days, i18n.language, t('campaigns.weekday.everyDay')),
              start: sender.window.start,
              end: sender.window.end,
              zone: zoneInWords(sender.timeZone, now, i18n.language),
            })}
          </Text>
          <Text fz="xs" c="dimmed">
            {t('senders.ageDays', { count: age })}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPencil size={14} />}
            onClick={onEdit}
          >
            {t('senders.edit')}
          </Button>
          <MoreActionsMenu label={t('senders.actions', { label: sender.label })}>
            <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
              {t('senders.delete')}
            </Menu.Item>
          </MoreActionsMenu>
        </Group>
      </Group>
      {sender.block && (
        <Alert color="red" variant="light" icon={<IconBan size={18} />} p="xs" mt="sm">
          <Group justify="space-between" gap="xs">
            <Text fz="sm">{t('senders.blockedText')}</Text>
            <Button
              size="xs"
              color="red"
              onClick={() => {
                goTo('banCentre')
              }}
            >
              {t('senders.openBanCentre')}
            </Button>
          </Group>
        </Alert>
      )}
      <SenderStanding sender={sender} />
      <Box mt="sm">
        <SenderTotalsTable sender={sender} />
      </Box>
      {sender.channel === 'cloud_api' && (
        <Stack mt="sm" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <CloudSenderPanel senderId={sender.id} cloud={sender.cloud} onEdit={onEdit} />
        </Stack>
      )}
    </Paper>
  )
}
