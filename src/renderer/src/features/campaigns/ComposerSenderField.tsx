import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core'
import { IconPlus, IconSettings } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { useNavigation } from '../../stores/navigation'
import { formatPhone } from '../contacts/phone-format'

interface Props {
  senders: readonly Sender[]
  value: number | null
  disabled: boolean
  error: string | undefined
  onChange: (senderId: number | null) => void
  /** Opens the sender modal here, so a first campaign need not leave the composer. */
  onAdd: () => void
}

/** Which number sends the campaign; with none yet, the ways to add one. */
export function ComposerSenderField({ senders, value, disabled, error, onChange, onAdd }: Props) {
  const { t } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)

  if (senders.length === 0) {
    return (
      <Alert color="yellow" variant="light" title={t('campaigns.composer.sender')}>
        <Stack gap="xs" align="flex-start">
          <Text fz="sm">{t('campaigns.composer.noSenders')}</Text>
          <Group gap="xs">
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={onAdd}>
              {t('senders.add')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconSettings size={14} />}
              onClick={() => {
                goTo('settings')
              }}
            >
              {t('campaigns.composer.goToSettings')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    )
  }
  return (
    <Select
      label={t('campaigns.composer.sender')}
      placeholder={t('campaigns.composer.senderPlaceholder')}
      data={senders.map((entry) => ({
        value: String(entry.id),
        label: `${entry.label} · ${formatPhone(entry.phone)}`,
      }))}
      value={value === null ? null : String(value)}
      disabled={disabled}
      allowDeselect={false}
      required
      error={error}
      onChange={(picked) => {
        onChange(picked === null ? null : Number(picked))
      }}
    />
  )
}
