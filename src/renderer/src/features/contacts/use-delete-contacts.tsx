import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTrash } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ContactSelector } from '../../../../shared/contacts'
import type { ApiClient } from '../../api/client'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'

/** Long enough to notice a wrong click and undo it. */
const undoWindowMs = 10_000

/**
 * Deletes contacts at once, with no "are you sure?": the notification that follows offers Undo,
 * which is kinder than a question. Resolves with how many were deleted; throws if none were.
 */
export function useDeleteContacts() {
  const api = useApi()
  const { t } = useTranslation()

  return async (contacts: ContactSelector): Promise<number> => {
    const { deleted, undoToken } = await api.call('contacts.delete', contacts)
    const id = `contacts-deleted-${undoToken}`
    notifications.show({
      id,
      icon: <IconTrash size={18} />,
      color: 'gray',
      autoClose: undoWindowMs,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Text fz="sm">
            {deleted === 1
              ? t('contacts.deletedOne')
              : t('contacts.deletedMany', { count: deleted })}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id)
              void undo(api, undoToken, t)
            }}
          >
            {t('contacts.undo')}
          </Button>
        </Group>
      ),
    })
    return deleted
  }
}

type Translate = TFunction

async function undo(api: ApiClient, undoToken: string, t: Translate) {
  try {
    await api.call('contacts.undoDelete', { undoToken })
    notifications.show({ color: 'teal', message: t('contacts.restored') })
  } catch (error) {
    notifications.show({
      color: 'red',
      title: t('contacts.undoFailed'),
      message: errorMessage(error, t),
    })
  }
}
