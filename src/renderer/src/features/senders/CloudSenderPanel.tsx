import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core'
import {
  IconFileUpload,
  IconKey,
  IconPlugConnected,
  IconRefresh,
  IconWebhookOff,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import {
  defaultCloudBaseUrl,
  type CloudConnection,
  type StatusRefreshOutcome,
} from '../../../../shared/cloud-api'
import { useApi } from '../../api/api-context'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { cloudFailure, isTokenRefusal } from './cloud-account'
import { hostOf } from './cloud-form'
import { CloudAccountView } from './CloudAccountView'
import { CloudFailureAlert } from './CloudFailureAlert'
import { CloudPortfolio } from './CloudPortfolio'
import { ImportEventsModal } from './ImportEventsModal'
import { PollingPauseNotice } from './PollingPauseNotice'

interface Props {
  senderId: number
  cloud: CloudConnection | null
  /** Opens the number's settings, where the IDs and the token are entered. */
  onEdit: () => void
}

/** What keeps the number from sending, fixed in its settings; the alert's look and words. */
const fixes = {
  notConnected: { color: 'yellow', icon: IconPlugConnected, action: 'setUp' },
  tokenRejected: { color: 'red', icon: IconKey, action: 'enterNewToken' },
  noToken: { color: 'yellow', icon: IconKey, action: 'enterToken' },
  tokenLost: { color: 'orange', icon: IconKey, action: 'enterToken' },
} as const
type Fix = keyof typeof fixes

/** The alert's text: a lost token says why it is asked for again. */
const fixText = (t: TFunction, fix: Fix, cloud: CloudConnection | null): string =>
  fix === 'tokenLost'
    ? t(`senders.cloud.card.tokenLost.${cloud?.tokenLost ?? 'missing'}`)
    : t(`senders.cloud.card.${fix}`)

/** A Cloud API number's card: its connection, the last check of it, and its missing webhooks. */
export function CloudSenderPanel({ senderId, cloud, onEdit }: Props) {
  const { t } = useTranslation()
  if (!cloud)
    return <FixAlert fix="notConnected" text={fixText(t, 'notConnected', null)} onEdit={onEdit} />
  // Without a token Meta accepts nothing: the way to enter one is right there.
  const fix: Fix | undefined = cloud.tokenRejected
    ? 'tokenRejected'
    : cloud.hasToken
      ? undefined
      : cloud.tokenLost
        ? 'tokenLost'
        : 'noToken'
  return (
    <Stack gap="sm">
      {fix && <FixAlert fix={fix} text={fixText(t, fix, cloud)} onEdit={onEdit} />}
      <ConnectionLine cloud={cloud} />
      <ConnectionCheck senderId={senderId} cloud={cloud} />
      <CloudPortfolio senderId={senderId} cloud={cloud} />
      <WebhooksNotice senderId={senderId} cloud={cloud} />
    </Stack>
  )
}

function FixAlert({ fix, text, onEdit }: { fix: Fix; text: string; onEdit: () => void }) {
  const { t } = useTranslation()
  const { color, icon: Icon, action } = fixes[fix]
  return (
    <Alert
      color={color}
      variant="light"
      icon={<Icon size={18} />}
      title={fix === 'tokenRejected' ? t('senders.cloud.card.tokenRejectedTitle') : undefined}
      p="sm"
    >
      <Stack gap="xs" align="flex-start">
        <Text fz="sm">{text}</Text>
        <Button
          size="xs"
          color={color === 'red' ? 'red' : undefined}
          variant={color === 'red' ? 'filled' : 'default'}
          onClick={onEdit}
        >
          {t(`senders.cloud.card.${action}`)}
        </Button>
      </Stack>
    </Alert>
  )
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

/**
 * The last check the core kept, and a button to check again: its answer is kept too, and comes
 * back with the senders list (a check is a change of the sender), so nothing is held here.
 */
function ConnectionCheck({ senderId, cloud }: { senderId: number; cloud: CloudConnection }) {
  const { t } = useTranslation()
  const api = useApi()
  const { busy, error, run } = useAsyncAction()
  const account = cloud.account
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
        <CloudFailureAlert title={t('senders.cloud.card.checkFailed')} failure={failure} />
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
              await api.call('cloud.check', { senderId })
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
  // The background poller's wait (kept by the core) or the one this click ran into.
  const pause = cloud.polling ?? refreshed?.paused ?? null

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
        {cloud.historyAvailable === false ? (
          <Text fz="sm" c="orange.9">
            {t('senders.cloud.webhooks.historyUnavailable')}
          </Text>
        ) : (
          refreshed &&
          !(refreshed.checked === 0 && refreshed.paused) && (
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
        {cloud.historyAvailable !== false && pause && <PollingPauseNotice pause={pause} />}
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
