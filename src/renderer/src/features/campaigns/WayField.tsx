import { Radio, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignWay } from '../../../../shared/campaigns'

interface Props {
  value: CampaignWay
  disabled: boolean
  onChange: (way: CampaignWay) => void
}

/** «Как отправить»: paced one by one by Rupor, or one list message from the phone. */
export function WayField({ value, disabled, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <Radio.Group
      label={t('phoneBroadcast.way.label')}
      value={value}
      onChange={(next) => {
        onChange(next === 'phone_broadcast' ? 'phone_broadcast' : 'paced')
      }}
    >
      <Stack gap="xs" mt={6}>
        <Radio
          value="paced"
          disabled={disabled}
          label={t('phoneBroadcast.way.paced')}
          description={t('phoneBroadcast.way.pacedHint')}
        />
        <Radio
          value="phone_broadcast"
          disabled={disabled}
          label={t('phoneBroadcast.way.phone')}
          description={
            <Text component="span" fz="xs" c="dimmed">
              {t('phoneBroadcast.way.phoneHint')}
            </Text>
          }
        />
      </Stack>
    </Radio.Group>
  )
}
