import { Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconBrandWhatsapp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useApiEvent } from '../../api/use-api-event'
import { useNavigation } from '../../stores/navigation'
import { useCampaignsView } from './campaigns-view'

/**
 * Anywhere in the app, a paced moment that comes while the owner looks at another page shows a
 * notification that takes them to the campaign's page, where the answers are.
 */
export function TaskNotifier() {
  const { t } = useTranslation()
  const section = useNavigation((state) => state.section)
  const goTo = useNavigation((state) => state.goTo)
  const view = useCampaignsView((state) => state.view)
  const show = useCampaignsView((state) => state.show)

  useApiEvent('campaigns.task', (task) => {
    const onIt = section === 'campaigns' && view.kind === 'detail' && view.id === task.campaignId
    if (onIt) return
    const id = `campaign-task-${String(task.campaignId)}`
    notifications.hide(id)
    notifications.show({
      id,
      color: 'orange',
      icon: <IconBrandWhatsapp size={18} />,
      autoClose: false,
      message: (
        <Stack gap={6} align="flex-start">
          <Text fz="sm">
            {t('campaigns.task.notify', { name: task.name === '' ? task.e164 : task.name })}
          </Text>
          <Button
            size="compact-sm"
            onClick={() => {
              notifications.hide(id)
              show({ kind: 'detail', id: task.campaignId })
              goTo('campaigns')
            }}
          >
            {t('campaigns.task.open')}
          </Button>
        </Stack>
      ),
    })
  })
  return null
}
