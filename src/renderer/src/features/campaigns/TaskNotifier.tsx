import { Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconBrandWhatsapp } from '@tabler/icons-react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssistedTask } from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import { useApiEvent } from '../../api/use-api-event'
import { useNavigation } from '../../stores/navigation'
import { useCampaignsView } from './campaigns-view'

const toastId = (campaignId: number) => `campaign-task-${String(campaignId)}`

/**
 * Anywhere in the app, a paced moment that comes while the owner looks at another page shows a
 * notification that takes them to the campaign's page, where the answers are. It closes when its
 * task ends however it ends (answered in another window, withdrawn, the number blocked).
 */
export function TaskNotifier() {
  const api = useApi()
  const section = useNavigation((state) => state.section)
  const goTo = useNavigation((state) => state.goTo)
  const view = useCampaignsView((state) => state.view)
  const show = useCampaignsView((state) => state.show)
  /** The task each shown notification is about, by campaign. */
  const shown = useRef(new Map<number, number>())

  const close = (campaignId: number) => {
    notifications.hide(toastId(campaignId))
    shown.current.delete(campaignId)
  }

  useApiEvent('campaigns.task', (task) => {
    const onIt = section === 'campaigns' && view.kind === 'detail' && view.id === task.campaignId
    if (onIt) return
    const id = toastId(task.campaignId)
    notifications.hide(id)
    shown.current.set(task.campaignId, task.itemId)
    notifications.show({
      id,
      color: 'orange',
      icon: <IconBrandWhatsapp size={18} />,
      autoClose: false,
      onClose: () => shown.current.delete(task.campaignId),
      message: (
        <TaskToast
          task={task}
          onOpen={() => {
            close(task.campaignId)
            show({ kind: 'detail', id: task.campaignId })
            goTo('campaigns')
          }}
        />
      ),
    })
  })

  // The campaign changed: if its task is no longer the one shown, the notification goes.
  useApiEvent('campaigns.changed', ({ id }) => {
    const itemId = shown.current.get(id)
    if (itemId === undefined) return
    api
      .call('campaigns.get', { id })
      .then((campaign) => {
        if (campaign.task?.itemId !== itemId) close(id)
      })
      .catch(() => {
        close(id) // deleted, or a restore replaced it: nothing to send there any more
      })
  })
  useApiEvent('backups.restored', () => {
    for (const campaignId of [...shown.current.keys()]) close(campaignId)
  })
  return null
}

/** Its own component, so that its words follow a change of language while it is shown. */
function TaskToast({ task, onOpen }: { task: AssistedTask; onOpen: () => void }) {
  const { t } = useTranslation()
  return (
    <Stack gap={6} align="flex-start">
      <Text fz="sm">
        {t('campaigns.task.notify', { name: task.name === '' ? task.e164 : task.name })}
      </Text>
      <Button size="compact-sm" onClick={onOpen}>
        {t('campaigns.task.open')}
      </Button>
    </Stack>
  )
}
