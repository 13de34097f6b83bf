import { EmptyState, Paper, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

interface Props {
  icon: ReactNode
  title: string
  /** What the section is for. */
  purpose: string
  /** What to do first, with anything that helps do it (a list, a button). */
  children: ReactNode
}

/** A section that has nothing in it yet explains itself and points at the first step. */
export function SectionEmptyState({ icon, title, purpose, children }: Props) {
  return (
    <Paper withBorder radius="lg" p="xl" py={48}>
      <EmptyState icon={icon} variant="light" size="lg">
        {/* Given as a child, not the `title` prop, so that it is a real heading (h2). */}
        <EmptyState.Title order={2}>{title}</EmptyState.Title>
        <Stack gap="md" align="center" maw={560} mx="auto">
          <Text c="dimmed" ta="center">
            {purpose}
          </Text>
          {children}
        </Stack>
      </EmptyState>
    </Paper>
  )
}
