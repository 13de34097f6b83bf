import { Alert, Stack, Text, Title } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { PageLayout } from '../../components/PageLayout'
import { QueryStateView } from '../../components/QueryStateView'
import { SectionEmptyState } from '../../components/SectionEmptyState'
import { SectionHeading } from '../../components/SectionHeading'
import { useNow } from '../campaigns/use-now'
import { useSenders } from '../senders/use-senders'
import { blockedSenders } from './block-advice'
import { BlockedSenderCard } from './BlockedSenderCard'
import { LiftBlockModal } from './LiftBlockModal'
import { ReportBlockModal } from './ReportBlockModal'
import { SenderStatusCard } from './SenderStatusCard'

/** "In 17 hours" moves slowly: a tick every half minute is enough. */
const tickMs = 30_000

type Dialog = { kind: 'lift'; sender: Sender } | { kind: 'report'; sender: Sender }

/**
 * The shop's numbers and their blocks: a blocked one explained (what happened, that everything of
 * it has stopped, what to do, what likely caused it), and for every number the owner's "WhatsApp
 * blocked it". Follows senders.changed, so a block set by the scheduler, reported here, or lifted
 * in another window, shows at once.
 */
export function BanCentrePage() {
  const { t } = useTranslation()
  const { state, reload } = useSenders()
  const now = useNow(tickMs)
  const [dialog, setDialog] = useState<Dialog>()
  const close = () => {
    setDialog(undefined)
  }
  const report = (sender: Sender) => () => {
    setDialog({ kind: 'report', sender })
  }

  return (
    <PageLayout title={t('banCentre.title')}>
      <QueryStateView
        state={state}
        failedTitle={t('banCentre.loadFailed')}
        retryLabel={t('banCentre.retry')}
        onRetry={reload}
      >
        {(senders) => {
          if (senders.length === 0) {
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
          const blocked = blockedSenders(senders)
          const others = senders.filter((sender) => sender.block === null)
          return (
            <Stack gap="lg">
              {blocked.length > 0 ? (
                <Text>{t('banCentre.intro', { count: blocked.length })}</Text>
              ) : (
                <Alert
                  color="teal"
                  variant="light"
                  icon={<IconShieldCheck size={20} />}
                  title={
                    <Title order={2} size="h5" c="teal.9">
                      {t('banCentre.emptyTitle')}
                    </Title>
                  }
                >
                  <Text fz="sm">{t('banCentre.emptyAdvice')}</Text>
                </Alert>
              )}
              {blocked.map((sender) => (
                <BlockedSenderCard
                  key={sender.id}
                  sender={sender}
                  now={now}
                  onLift={() => {
                    setDialog({ kind: 'lift', sender })
                  }}
                  onReport={report(sender)}
                />
              ))}
              {others.length > 0 && (
                <SectionHeading
                  title={t('banCentre.numbers.title')}
                  hint={t('banCentre.numbers.hint')}
                />
              )}
              {others.map((sender) => (
                <SenderStatusCard
                  key={sender.id}
                  sender={sender}
                  now={now}
                  onReport={report(sender)}
                />
              ))}
            </Stack>
          )
        }}
      </QueryStateView>
      {dialog?.kind === 'lift' && <LiftBlockModal sender={dialog.sender} onClose={close} />}
      {dialog?.kind === 'report' && <ReportBlockModal sender={dialog.sender} onClose={close} />}
    </PageLayout>
  )
}
