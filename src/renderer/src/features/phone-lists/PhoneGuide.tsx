import { Group, List, Stack, Tabs, Text } from '@mantine/core'
import { IconBrandAndroid, IconBrandApple } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PhoneSort } from './phone-order'
import {
  AndroidMenuPicture,
  AndroidPickPicture,
  IphoneListsPicture,
  IphoneNewListPicture,
} from './PhonePictures'

const stepKeys = ['s1', 's2', 's3', 's4', 's5'] as const

/**
 * How to make a broadcast list in WhatsApp Business, step by step with pictures, for Android and
 * iPhone. Choosing a tab also chooses the checklist's order (the two phones sort differently).
 */
export function PhoneGuide({
  sort,
  onSortChange,
}: {
  sort: PhoneSort
  onSortChange: (sort: PhoneSort) => void
}) {
  const { t } = useTranslation()
  const tab = sort === 'last' ? 'iphone' : 'android'
  return (
    <Tabs
      value={tab}
      onChange={(value) => {
        onSortChange(value === 'iphone' ? 'last' : 'first')
      }}
      keepMounted={false}
    >
      <Tabs.List>
        <Tabs.Tab value="android" leftSection={<IconBrandAndroid size={16} />}>
          {t('phoneLists.guide.android')}
        </Tabs.Tab>
        <Tabs.Tab value="iphone" leftSection={<IconBrandApple size={16} />}>
          {t('phoneLists.guide.iphone')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="android" pt="sm">
        <Group align="flex-start" wrap="wrap" gap="md">
          <AndroidMenuPicture />
          <AndroidPickPicture />
          <Steps keys="androidSteps" />
        </Group>
      </Tabs.Panel>
      <Tabs.Panel value="iphone" pt="sm">
        <Group align="flex-start" wrap="wrap" gap="md">
          <IphoneListsPicture />
          <IphoneNewListPicture />
          <Steps keys="iphoneSteps" />
        </Group>
      </Tabs.Panel>
    </Tabs>
  )
}

function Steps({ keys }: { keys: 'androidSteps' | 'iphoneSteps' }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" style={{ flex: '1 1 240px' }}>
      <List type="ordered" spacing={6} fz="sm">
        {stepKeys.map((step) => (
          <List.Item key={step}>{t(`phoneLists.guide.${keys}.${step}`)}</List.Item>
        ))}
      </List>
      <Text fz="xs" c="dimmed">
        {t('phoneLists.guide.note')}
      </Text>
    </Stack>
  )
}
