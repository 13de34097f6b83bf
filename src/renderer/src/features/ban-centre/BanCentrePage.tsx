import { Stack, Text } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageLayout } from '../../components/PageLayout'
import { QueryStateView } from '../../components/QueryStateView'
import { SectionEmptyState } from '../../components/SectionEmptyState'
import { blockedSenders, type BlockedSender } from './block-advice'
import { BlockedSenderCard } from './BlockedSenderCard'
import { LiftBlockModal } from './LiftBlockModal'
import { useSenders } from '../senders/use-senders'

/**
 * The numbers WhatsApp blocked: what happened, that everything of them has stopped, what to do,
 * and the owner's "I have dealt with it". Follows senders.changed, so a block set by the
 * scheduler, or lifted in another window, shows at once.
 */
export function BanCentrePage() {
  const { t } = useTranslation()
  const { state, reload } = useSenders()
  const [lifting, setLifting] = useState<BlockedSender>()

  return (
    <PageLayout title={t('banCentre.title')}>
      <QueryStateView
        state={state}
        failedTitle={t('banCentre.loadFailed')}
        retryLabel={t('banCentre.retry')}
        onRetry={reload}
      >
        {(senders) => {
          const blocked = blockedSenders(senders)
          if (blocked.length === 0) {
            return (
              <SectionEmptyState
                icon={<IconShieldCheck />}
                title={t('banCentre.emptyTitle')}
                purpose={t('banCentre.emptyPurpose')}
              >
                <Text fz="sm" ta="center">
                  {t('banCentre.emptyAdvice')}
                </Text>
              </SectionEmptyState>
            )
          }
          return (
            <Stack gap="lg">
              <Text>{t('banCentre.intro', { count: blocked.length })}</Text>
              {blocked.map((sender) => (
                <BlockedSenderCard
                  key={sender.id}
                  sender={sender}
                  onLift={() => {
                    setLifting(sender)
                  }}
                />
              ))}
            </Stack>
          )
        }}
      </QueryStateView>
      {lifting && (
        <LiftBlockModal
          sender={lifting}
          onClose={() => {
            setLifting(undefined)
          }}
        />
      )}
    </PageLayout>
  )
}
