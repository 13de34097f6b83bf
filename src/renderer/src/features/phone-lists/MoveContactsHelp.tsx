import { Alert, Button, Group, List, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAddressBook, IconQrcodeOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
import { saveDownload } from '../../components/download-file'
import { errorMessage } from '../../i18n/error-message'

const wayKeys = ['s1', 's2', 's3', 's4', 's5'] as const

/**
 * People the phone's address book lacks cannot be ticked: the lists' own vCard (everyone who may
 * go on, or only those still to add) and, in words, how to get the file onto the phone.
 */
export function MoveContactsHelp({ listId, showToAdd }: { listId: number; showToAdd: boolean }) {
  const { t } = useTranslation()
  const api = useApi()
  const download = async (only: 'candidates' | 'to_add') => {
    try {
      saveDownload(await api.call('phoneLists.vcard', { listId, only }))
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('phoneLists.failed'),
        message: errorMessage(error, t),
      })
    }
  }
  return (
    <Stack gap="xs">
      <Text fz="sm">{t('phoneLists.missing.explain')}</Text>
      <Group gap="xs">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconAddressBook size={16} />}
          onClick={() => void download('candidates')}
        >
          {t('phoneLists.missing.all')}
        </Button>
        {showToAdd && (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconAddressBook size={16} />}
            onClick={() => void download('to_add')}
          >
            {t('phoneLists.missing.toAdd')}
          </Button>
        )}
      </Group>
      <Text fz="sm" fw={600}>
        {t('phoneLists.missing.howTitle')}
      </Text>
      <List fz="sm" spacing={4}>
        {wayKeys.map((way) => (
          <List.Item key={way}>{t(`phoneLists.missing.ways.${way}`)}</List.Item>
        ))}
      </List>
      <Alert color="gray" variant="light" icon={<IconQrcodeOff size={18} />} p="xs">
        <Text fz="sm">{t('phoneLists.missing.noQr')}</Text>
      </Alert>
    </Stack>
  )
}
