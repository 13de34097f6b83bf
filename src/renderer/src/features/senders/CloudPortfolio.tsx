import { Alert, Select, Stack, Text } from '@mantine/core'
import { IconBuildingStore } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CloudConnection } from '../../../../shared/cloud-api'
import { useApi } from '../../api/api-context'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { formatPhone } from '../contacts/phone-format'
import { useSenders } from './use-senders'

const none = 'none'

/**
 * Which other numbers share this one's business portfolio, and so Meta's messaging limit: Rupor
 * counts the people all of them reach against one tier. Meta's answer at "check connection" names
 * the portfolio; until it does, the owner may say which number it shares one with.
 */
export function CloudPortfolio({ senderId, cloud }: { senderId: number; cloud: CloudConnection }) {
  const { t } = useTranslation()
  const api = useApi()
  const senders = useSenders()
  const action = useAsyncAction()
  if (senders.state.status !== 'ready') return null
  const others = senders.state.value.filter(
    (s) => s.id !== senderId && s.channel === 'cloud_api' && s.cloud !== null,
  )
  const mates = others.filter(
    (s) => cloud.portfolioId !== null && s.cloud?.portfolioId === cloud.portfolioId,
  )
  const names = mates.map((s) => `${s.label} (${formatPhone(s.phone)})`).join(', ')
  const line =
    mates.length > 0
      ? t(
          mates.length === 1
            ? 'senders.cloud.portfolio.sharedWithOne'
            : 'senders.cloud.portfolio.sharedWithMany',
          { numbers: names },
        )
      : cloud.portfolioSource === 'meta'
        ? t('senders.cloud.portfolio.alone')
        : t('senders.cloud.portfolio.unknown')
  const fromMeta = cloud.portfolioSource === 'meta'
  return (
    <Stack gap={6}>
      <Alert
        variant="light"
        color={mates.length > 0 ? 'blue' : 'gray'}
        icon={<IconBuildingStore size={18} />}
        title={t('senders.cloud.portfolio.title')}
      >
        <Stack gap={4}>
          <Text fz="sm">{line}</Text>
          {fromMeta && (
            <Text fz="xs" c="dimmed">
              {t('senders.cloud.portfolio.fromMeta', { id: cloud.portfolioId ?? '' })}
            </Text>
          )}
        </Stack>
      </Alert>
      {!fromMeta && others.length > 0 && (
        <Select
          label={t('senders.cloud.portfolio.choose')}
          description={t('senders.cloud.portfolio.chooseHint')}
          data={[
            { value: none, label: t('senders.cloud.portfolio.noneChosen') },
            ...others.map((s) => ({
              value: String(s.id),
              label: `${s.label} (${formatPhone(s.phone)})`,
            })),
          ]}
          value={mates[0] ? String(mates[0].id) : none}
          allowDeselect={false}
          disabled={action.busy}
          onChange={(value) => {
            void action.run(async () => {
              await api.call('cloud.setPortfolio', {
                senderId,
                withSenderId: value === null || value === none ? null : Number(value),
              })
            })
          }}
          maw={420}
        />
      )}
      {action.error !== undefined && (
        <Text fz="sm" c="red">
          {errorMessage(action.error, t)}
        </Text>
      )}
    </Stack>
  )
}
