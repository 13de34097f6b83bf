import { Alert, Badge, Blockquote, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconMessageCircleQuestion } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Reply, ReplyDecision } from '../../../../shared/replies'
import { useApi } from '../../api/api-context'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { useKeyedAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { ReplyMeta } from './ReplyMeta'
import { useRepliesToReview } from './use-replies-to-review'

/**
 * Likely requests to stop, each with the words the person wrote, who and when, the campaign it
 * answers, and the owner's two answers. Nothing is shown while none waits.
 */
export function RepliesToReview() {
  const { t } = useTranslation()
  const { state, reload } = useRepliesToReview()
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
  const { total, rows } = state.value
  if (total === 0) return null
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="replies-to-review"
      bg="var(--mantine-color-yellow-0)"
      style={{ borderColor: 'var(--mantine-color-yellow-4)' }}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconMessageCircleQuestion size={22} color="var(--mantine-color-yellow-8)" />
          <Title order={2} size="h4" id="replies-to-review">
            {t('replies.review.title')}
          </Title>
          <Badge color="yellow" variant="filled" circle={total < 10}>
            {total}
          </Badge>
        </Group>
        <Text fz="sm" c="dimmed">
          {t('replies.review.hint')}
        </Text>
        {rows.map((reply) => (
          <ReviewCard key={reply.id} reply={reply} />
        ))}
        {rows.length < total && (
          <Text fz="xs" c="dimmed">
            {t('replies.review.more', { shown: rows.length, total })}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}

function ReviewCard({ reply }: { reply: Reply }) {
  const { t } = useTranslation()
  const api = useApi()
  const { busy, error, run } = useKeyedAction<ReplyDecision>()
  const decide = (decision: ReplyDecision) =>
    void run(decision, async () => {
      await api.call('replies.decide', { id: reply.id, decision })
    })
  const who = reply.contactName?.trim() || t('replies.list.unknownPerson')

  return (
    <Paper withBorder radius="md" p="sm" bg="white" aria-label={`${who}: ${reply.text}`}>
      <Stack gap="xs">
        <ReplyMeta reply={reply} show="all" />
        <Blockquote
          color="yellow"
          p="xs"
          pl="md"
          fz="md"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {reply.text}
        </Blockquote>
        <Group gap="xs">
          <Button
            size="xs"
            color="red"
            loading={busy === 'opt_out'}
            disabled={busy !== undefined}
            title={t('replies.review.optOutHint')}
            onClick={() => {
              decide('opt_out')
            }}
          >
            {t('replies.review.optOut')}
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={busy === 'not_opt_out'}
            disabled={busy !== undefined}
            onClick={() => {
              decide('not_opt_out')
            }}
          >
            {t('replies.review.notOptOut')}
          </Button>
        </Group>
        {error !== undefined && (
          <Alert color="red" variant="light" title={t('replies.review.failed')}>
            {errorMessage(error, t)}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
