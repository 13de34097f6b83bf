import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { senderChannels, type SenderChannel } from '../../../../shared/senders'
import { FormSection } from './FormSection'

interface Props {
  value: SenderChannel
  onChange: (channel: SenderChannel) => void
}

/** How the number's messages go out: opened in WhatsApp for the owner, or sent by Meta's API. */
export function ChannelField({ value, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <FormSection title={t('senders.modal.channel')} hint={t('senders.modal.channelHint')} />
      <Radio.Group
        value={value}
        onChange={(picked) => {
          const channel = senderChannels.find((entry) => entry === picked)
          if (channel) onChange(channel)
        }}
        aria-label={t('senders.modal.channel')}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {senderChannels.map((channel) => (
            // Top-aligned: a button centres its content, and the two texts differ in length.
            <Radio.Card
              key={channel}
              value={channel}
              radius="md"
              p="sm"
              style={{ display: 'flex', alignItems: 'flex-start' }}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <Stack gap={2}>
                  <Text fw={600} fz="sm">
                    {t(`senders.modal.channelOption.${channel}`)}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {t(`senders.modal.channelDescription.${channel}`)}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </>
  )
}
