import { Button, Text } from '@mantine/core'
import { IconListDetails, IconSend } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PageLayout } from '../../components/PageLayout'
import { SectionEmptyState } from '../../components/SectionEmptyState'
import { useNavigation } from '../../stores/navigation'

export function CampaignsPage() {
  const { t } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)
  return (
    <PageLayout title={t('nav.campaigns')}>
      <SectionEmptyState
        icon={<IconSend size={36} stroke={1.5} />}
        title={t('campaigns.emptyTitle')}
        purpose={t('campaigns.emptyPurpose')}
      >
        <Text fw={500} ta="center">
          {t('campaigns.emptyFirstStep')}
        </Text>
        <Button
          leftSection={<IconListDetails size={18} />}
          onClick={() => {
            goTo('lists')
          }}
        >
          {t('campaigns.goToLists')}
        </Button>
      </SectionEmptyState>
    </PageLayout>
  )
}
