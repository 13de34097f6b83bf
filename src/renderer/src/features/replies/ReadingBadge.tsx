import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../../shared/replies'

const colors = { stop: 'red', maybe_stop: 'yellow', other: 'gray' } as const

/** How Rupor read a reply, and for a likely stop what the owner decided (or that it waits). */
export function ReadingBadge({ reply }: { reply: Reply }) {
  const { t } = useTranslation()
  const color = colors[reply.reading]
  return (
    <Stack gap={2} align="flex-start">
      {/* A pill that wraps in a narrow column (a contact's card) rather than being cut. */}
      <Text
        span
        fz="xs"
        fw={700}
        c={`${color}.9`}
        bg={`${color}.1`}
        px={8}
        py={1}
        style={{ borderRadius: 'var(--mantine-radius-xl)' }}
      >
        {t(`replies.reading.${reply.reading}`)}
      </Text>
      {reply.reading === 'maybe_stop' && (
        <Text fz="xs" c={reply.review === null ? 'yellow.8' : 'dimmed'}>
          {t(`replies.decision.${reply.review ?? 'waiting'}`)}
        </Text>
      )}
    </Stack>
  )
}
