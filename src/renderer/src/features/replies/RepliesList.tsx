import { Paper, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../../shared/replies'
import { useApiQuery } from '../../api/use-api-query'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { SectionHeading } from '../../components/SectionHeading'
import { ReadingBadge } from './ReadingBadge'
import { ReplyMeta } from './ReplyMeta'

const refreshOn = ['replies.changed', 'optOuts.changed'] as const

/** Every reply of one person, on their card; nothing while they have written none. */
export function ContactReplies({ contactId }: { contactId: number }) {
  const { t } = useTranslation()
  const { state, reload } = useApiQuery('replies.ofContact', { contactId }, { refreshOn })
  if (state.status === 'loading') return null
  if (state.status === 'failed') {
    return (
      <LoadFailedAlert
        title={t('replies.review.loadFailed')}
        error={state.error}
        retry={{ label: t('replies.review.retry'), onClick: reload, size: 'xs' }}
      />
    )
  }
  if (state.value.length === 0) return null
  return (
    <Stack gap="xs" component="section" aria-label={t('replies.list.contactTitle')}>
      <SectionHeading
        size="h5"
        title={t('replies.list.contactTitle')}
        hint={t('replies.list.contactHint')}
      />
      <RepliesTable replies={state.value} show="campaign" />
    </Stack>
  )
}

/** Every reply to one campaign, on its page. */
export function CampaignReplies({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation()
  const { state, reload } = useApiQuery('replies.ofCampaign', { campaignId }, { refreshOn })
  if (state.status === 'loading') return null
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={t('replies.list.campaignTitle')}
    >
      <Stack gap="sm">
        <SectionHeading
          size="h5"
          title={t('replies.list.campaignTitle')}
          hint={t('replies.list.campaignHint')}
        />
        {state.status === 'failed' ? (
          <LoadFailedAlert
            title={t('replies.review.loadFailed')}
            error={state.error}
            retry={{ label: t('replies.review.retry'), onClick: reload, size: 'xs' }}
          />
        ) : state.value.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('replies.list.empty')}
          </Text>
        ) : (
          <RepliesTable replies={state.value} show="who" />
        )}
      </Stack>
    </Paper>
  )
}

/** The replies, newest first: who (or which campaign), what they wrote, when, and its reading. */
function RepliesTable({ replies, show }: { replies: readonly Reply[]; show: 'who' | 'campaign' }) {
  const { t } = useTranslation()
  return (
    <Table verticalSpacing="xs" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="28%">
            {show === 'who' ? t('replies.list.who') : t('replies.list.campaign')}
          </Table.Th>
          <Table.Th>{t('replies.list.text')}</Table.Th>
          <Table.Th w="26%">{t('replies.list.reading')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {replies.map((reply) => (
          <Table.Tr key={reply.id}>
            <Table.Td>
              <ReplyMeta reply={reply} show={show} />
            </Table.Td>
            <Table.Td>
              <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {reply.text}
              </Text>
            </Table.Td>
            <Table.Td>
              <ReadingBadge reply={reply} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
