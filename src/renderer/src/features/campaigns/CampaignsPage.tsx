import { Button, Text } from '@mantine/core'
import { IconListDetails, IconPlus, IconSend } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PageLayout } from '../../components/PageLayout'
import { QueryStateView } from '../../components/QueryStateView'
import { SectionEmptyState } from '../../components/SectionEmptyState'
import { FirstRunGuide } from '../first-run/FirstRunGuide'
import { useNavigation } from '../../stores/navigation'
import { useListSummaries } from './use-list-summaries'
import { CampaignComposer } from './CampaignComposer'
import { CampaignDetailView } from './CampaignDetailView'
import { CampaignsTable } from './CampaignsTable'
import { useCampaignsView } from './campaigns-view'
import { useCampaigns } from './use-campaigns'

/** The Campaigns section: the overview, the composer, or one campaign's page. */
export function CampaignsPage() {
  const view = useCampaignsView((state) => state.view)
  if (view.kind === 'compose')
    return (
      <CampaignComposer
        key={view.id ?? `new-${(view.listIds ?? []).join('-')}`}
        id={view.id}
        listIds={view.listIds}
      />
    )
  if (view.kind === 'detail') return <CampaignDetailView key={view.id} id={view.id} />
  return <CampaignsOverview />
}

function CampaignsOverview() {
  const { t } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)
  const show = useCampaignsView((state) => state.show)
  const { state, reload } = useCampaigns()
  const lists = useListSummaries()
  const hasLists = lists.state.status === 'ready' && lists.state.value.length > 0
  const newCampaign = (
    <Button
      leftSection={<IconPlus size={18} />}
      onClick={() => {
        show({ kind: 'compose', id: null })
      }}
    >
      {t('campaigns.newCampaign')}
    </Button>
  )

  const body = (
    <QueryStateView
      state={state}
      failedTitle={t('campaigns.loadFailed')}
      retryLabel={t('campaigns.retry')}
      onRetry={reload}
    >
      {(value) =>
        value.length === 0 ? (
          <SectionEmptyState
            icon={<IconSend size={36} stroke={1.5} />}
            title={t('campaigns.emptyTitle')}
            purpose={t('campaigns.emptyPurpose')}
          >
            <Text fw={500} ta="center">
              {hasLists ? t('campaigns.emptyWithLists') : t('campaigns.emptyFirstStep')}
            </Text>
            {hasLists ? (
              newCampaign
            ) : (
              <Button
                leftSection={<IconListDetails size={18} />}
                onClick={() => {
                  goTo('lists')
                }}
              >
                {t('campaigns.goToLists')}
              </Button>
            )}
          </SectionEmptyState>
        ) : (
          <CampaignsTable
            campaigns={value}
            lists={lists.state.status === 'ready' ? lists.state.value : []}
            onOpen={(campaign) => {
              // A phone broadcast's page is where its text goes to the phone, draft or not.
              show(
                campaign.state === 'draft' && campaign.way === 'paced'
                  ? { kind: 'compose', id: campaign.id }
                  : { kind: 'detail', id: campaign.id },
              )
            }}
          />
        )
      }
    </QueryStateView>
  )

  const showAction = state.status === 'ready' && state.value.length > 0
  return (
    <PageLayout title={t('nav.campaigns')} actions={showAction ? newCampaign : undefined}>
      <FirstRunGuide />
      {body}
    </PageLayout>
  )
}
