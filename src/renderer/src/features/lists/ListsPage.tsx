import { Button, Text } from '@mantine/core'
import { IconAddressBook, IconListDetails } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PageLayout } from '../../components/PageLayout'
import { SectionEmptyState } from '../../components/SectionEmptyState'
import { useNavigation } from '../../stores/navigation'

export function ListsPage() {
  const { t } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)
  return (
    <PageLayout title={t('nav.lists')}>
      <SectionEmptyState
        icon={<IconListDetails size={36} stroke={1.5} />}
        title={t('lists.emptyTitle')}
        purpose={t('lists.emptyPurpose')}
      >
        <Text fw={500} ta="center">
          {t('lists.emptyFirstStep')}
        </Text>
        <Button
          leftSection={<IconAddressBook size={18} />}
          onClick={() => {
            goTo('contacts')
          }}
        >
          {t('lists.goToContacts')}
        </Button>
      </SectionEmptyState>
    </PageLayout>
  )
}
