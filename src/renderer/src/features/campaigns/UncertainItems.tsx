import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignItem } from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import { SectionHeading } from '../../components/SectionHeading'
import { errorMessage } from '../../i18n/error-message'
import { formatPhone } from '../contacts/phone-format'

interface Props {
  items: readonly CampaignItem[]
  onResolved: () => void
}

/** Sends that were in flight when Rupor stopped: the owner says what happened to each. */
export function UncertainItems({ items, onResolved }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState<number>()
  const [error, setError] = useState<unknown>()
  if (items.length === 0) return null

  const resolve = async (itemId: number, outcome: 'sent' | 'not_sent') => {
    setBusy(itemId)
    setError(undefined)
    try {
      await api.call('campaigns.resolve', { itemId, outcome })
      onResolved()
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <Paper withBorder radius="md" p="md" style={{ borderColor: 'var(--mantine-color-yellow-5)' }}>
      <Stack gap="sm">
        <SectionHeading
          title={t('campaigns.uncertain.title')}
          hint={t('campaigns.uncertain.hint')}
          size="h5"
        />
        {items.map((item) => (
          <Group key={item.id} justify="space-between" wrap="nowrap" gap="sm">
            <div style={{ minWidth: 0 }}>
              <Text fz="sm" fw={600}>
                {item.name === '' ? t('contacts.noName') : item.name}
              </Text>
              <Text fz="xs" c="dimmed">
                {formatPhone(item.e164)}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                color="teal"
                variant="light"
                disabled={busy !== undefined}
                loading={busy === item.id}
                onClick={() => void resolve(item.id, 'sent')}
              >
                {t('campaigns.uncertain.wasSent')}
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={busy !== undefined}
                onClick={() => void resolve(item.id, 'not_sent')}
              >
                {t('campaigns.uncertain.notSent')}
              </Button>
            </Group>
          </Group>
        ))}
        {error !== undefined && (
          <Alert color="red" variant="light">
            {errorMessage(error, t)}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
