import { Button, Group, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

interface Props {
  /** Where the numbers or events came from, shown above the outcome (a file's name). */
  source?: string
  againLabel: string
  doneLabel: string
  /** Back to the empty form, to load more. */
  onAgain: () => void
  onDone: () => void
  /** What it did. */
  children: ReactNode
}

/** The last step of a modal that took something in: what it did, then more or finish. */
export function OutcomeStep({ source, againLabel, doneLabel, onAgain, onDone, children }: Props) {
  return (
    <Stack gap="lg">
      {source !== undefined && (
        <Text size="sm" c="dimmed">
          {source}
        </Text>
      )}
      {children}
      <Group justify="space-between">
        <Button variant="default" onClick={onAgain}>
          {againLabel}
        </Button>
        <Button onClick={onDone}>{doneLabel}</Button>
      </Group>
    </Stack>
  )
}
