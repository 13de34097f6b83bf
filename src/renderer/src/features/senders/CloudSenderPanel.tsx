import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core'
import {
  IconAlertTriangle,
  IconFileUpload,
  IconKey,
  IconPlugConnected,
  IconRefresh,
  IconWebhookOff,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  defaultCloudBaseUrl,
  type CloudAccount,
  type CloudConnection,
  type StatusRefreshOutcome,
} from '../../../../shared/cloud-api'
import { useApi } from '../../api/api-context'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { cloudFailure, isTokenRefusal } from './cloud-account'
import { hostOf } from './cloud-form'
import { CloudAccountView } from './CloudAccountView'
import { ImportEventsModal } from './ImportEventsModal'

interface Props {
  senderId: number
  cloud: CloudConnection | null
  /** Opens the number's settings, where the IDs and the token are entered. */
  onEdit: () => void
}

/** A Cloud API number's card: its connection, the last check of it, and its missing webhooks. */
export function CloudSenderPanel({ senderId, cloud, onEdit }: Props) {
  const { t } = useTranslation()
  if (!cloud) {
    return (
      <Alert color="yellow" variant="light" icon={<IconPlugConnected size={18} />} p="sm">
        <Stack gap="xs" align="flex-start">
          <Text fz="sm">{t('senders.cloud.card.notConnected')}</Text>
          <Button size="xs" variant="default" onClick={onEdit}>
            {t('senders.cloud.card.setUp')}
          </Button>
        </Stack>
      </Alert>
    )
  }
  return (
    <Stack gap="sm">
      <TokenAlert cloud={cloud} onEdit={onEdit} />
      <ConnectionLine cloud={cloud} />
      <ConnectionCheck senderId={senderId} cloud={cloud} />
      <WebhooksNotice senderId={senderId} cloud={cloud} />
    </Stack>
  )
}

/** Without a token Meta accepts nothing: the way to enter one is right there. */
function TokenAlert({ cloud, onEdit }: { cloud: CloudConnection; onEdit: () => void }) {
  const { t } = useTranslation()
  if (cloud.tokenRejected) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconKey size={18} />}
        title={t('senders.cloud.card.tokenRejectedTitle')}
        p="sm"
      >
        <Stack gap="xs" align="flex-start">
          <Text fz="sm">{t('senders.cloud.card.tokenRejected')}</Text>
          <Button size="xs" color="red" onClick={onEdit}>
            {t('senders.cloud.card.enterNewToken')}
          </Button>
        </Stack>
      </Alert>
    )
  }
  if (!cloud.hasToken) {
    return (
      <Alert color="yellow" variant="light" icon={<IconKey size={18} />} p="sm">
        <Stack gap="xs" align="flex-start">
          <Text fz="sm">{t('senders.cloud.card.noToken')}</Text>
          <Button size="xs" variant="default" onClick={onEdit}>
            {t('senders.cloud.card.enterToken')}
          </Button>
        </Stack>
      </Alert>
    )
  }
  return null
}

function ConnectionLine({ cloud }: { cloud: CloudConnection }) {
  const { t } = useTranslation()
  return (
    <Group gap="xs" wrap="wrap">
      <Text fz="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
        {t('senders.cloud.card.connection', {
          phoneNumberId: cloud.phoneNumberId,
          wabaId: cloud.wabaId,
          apiVersion: cloud.apiVersion,
        })}
        {/* Only a provider's address is worth a mention: Meta's own is the rule. */}
        {cloud.baseUrl !== defaultCloudBaseUrl &&
          ` · ${t('senders.cloud.card.server', { host: hostOf(cloud.baseUrl) })}`}
      </Text>
      {cloud.hasToken && (
        <Badge
          size="xs"
          variant="light"
          color={cloud.tokenEncrypted ? 'gray' : 'orange'}
          style={{ textTransform: 'none' }}
        >
          {cloud.tokenEncrypted
            ? t('senders.cloud.card.tokenKept')
            : t('senders.cloud.card.tokenPlain')}
        </Badge>
      )}
    </Group>
  )
}

/** The newer of two answers: the one just asked for, or the one the core kept. */
const newest = (a: CloudAccount | undefined, b: CloudAccount | null): CloudAccount | null =>
  a && (!b || a.checkedAt >= b.checkedAt) ? a : b

function ConnectionCheck({ senderId, cloud }: { senderId: number; cloud: CloudConnection }) {
  const { t } = useTranslation()
  const api = useApi()
  const { busy, error, run } = useAsyncAction()
  const [checked, setChecked] = useState<CloudAccount>()
  const account = newest(checked, cloud.account)
  // A refused token is already said, with its button, by the alert above: not twice.
  const failure =
    error === undefined || (cloud.tokenRejected && isTokenRefusal(error))
      ? undefined
      : cloudFailure(error, t)

  return (
    <Stack gap="xs">
      {account ? (
        <CloudAccountView account={account} />
      ) : (
        <Text fz="sm" c="dimmed">
          {t('senders.cloud.card.neverChecked')}
        </Text>
      )}
      {failure && (
        <Alert
          color="red"
          variant="light"
          p="xs"
          icon={<IconAlertTriangle size={18} />}
          title={t('senders.cloud.card.checkFailed')}
        >
          <Stack gap={4}>
            {failure.title !== undefined && <Text fz="sm">{failure.title}</Text>}
            <Text fz="sm" style={{ wordBreak: 'break-word' }}>
              {failure.text}
            </Text>
          </Stack>
        </Alert>
      )}
      <Group>
        <Button
          size="xs"
          variant={account ? 'default' : 'filled'}
          leftSection={<IconPlugConnected size={14} />}
          loading={busy}
          disabled={!cloud.hasToken}
          onClick={() => {
            void run(async () => {
              setChecked(await api.call('cloud.check', { senderId }))
            })
          }}
        >
          {t('senders.cloud.card.check')}
        </Button>
      </Group>
    </Stack>
  )
}

/**
 * A desktop app has no public address, so Meta's webhooks (statuses, replies, stops) never reach
 * it: it says so, and offers the two ways round — asking Meta, or a file a relay saved.
 */
function WebhooksNotice({ senderId, cloud }: { senderId: number; cloud: CloudConnection }) {
  const { t } = useTranslation()
  const api = useApi()
  const refresh = useAsyncAction()
  const [refreshed, setRefreshed] = useState<StatusRefreshOutcome>()
  const [importing, setImporting] = useState(false)
  const historyAvailable = refreshed?.historyAvailable ?? cloud.historyAvailable

  return (
    <Alert
      color="blue"
      variant="light"
      p="sm"
      icon={<IconWebhookOff size={18} />}
      title={t('senders.cloud.webhooks.title')}
    >
      <Stack gap="xs">
        <Text fz="sm">{t('senders.cloud.webhooks.text')}</Text>
        <Group gap="xs">
          <Button
            size="xs"
            variant="white"
            leftSection={<IconRefresh size={14} />}
            loading={refresh.busy}
            disabled={!cloud.hasToken}
            onClick={() => {
              void refresh.run(async () => {
                setRefreshed(await api.call('cloud.refreshStatuses', { senderId }))
              })
            }}
          >
            {t('senders.cloud.webhooks.refresh')}
          </Button>
          <Button
            size="xs"
            variant="white"
            leftSection={<IconFileUpload size={14} />}
            onClick={() => {
              setImporting(true)
            }}
          >
            {t('senders.cloud.webhooks.import')}
          </Button>
        </Group>
        {historyAvailable === false ? (
          <Text fz="sm" c="orange.9">
            {t('senders.cloud.webhooks.historyUnavailable')}
          </Text>
        ) : (
          refreshed && (
            <Text fz="sm" role="status">
              {refreshed.checked === 0
                ? t('senders.cloud.webhooks.nothingToRefresh')
                : t('senders.cloud.webhooks.refreshed', {
                    count: refreshed.checked,
                    updated: refreshed.updated,
                  })}
            </Text>
          )
        )}
        {refresh.error !== undefined && (
          <Text fz="sm" c="red.8">
            {t('senders.cloud.webhooks.refreshFailed')}: {errorMessage(refresh.error, t)}
          </Text>
        )}
      </Stack>
      {importing && (
        <ImportEventsModal
          senderId={senderId}
          onClose={() => {
            setImporting(false)
          }}
        />
      )}
    </Alert>
  )
}
