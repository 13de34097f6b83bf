import { Button, Popover, Stack, Text } from '@mantine/core'
import { IconHelpCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { MoveContactsHelp } from './MoveContactsHelp'

/**
 * «Как?» beside a to-do: how to take someone off (or put someone on) the phone's broadcast list,
 * on Android and iPhone; for additions also the contacts file for the phone's address book.
 */
export function HowToEditOnPhone({
  listId,
  withContacts,
}: {
  listId: number
  withContacts: boolean
}) {
  const { t } = useTranslation()
  return (
    <Popover width={460} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button size="xs" variant="subtle" leftSection={<IconHelpCircle size={16} />}>
          {t('phoneLists.howTo.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fz="sm" fw={600}>
            {t('phoneLists.howTo.how')}
          </Text>
          <Text fz="sm">{t('phoneLists.howTo.android')}</Text>
          <Text fz="sm">{t('phoneLists.howTo.iphone')}</Text>
          {withContacts && <MoveContactsHelp listId={listId} showToAdd />}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
