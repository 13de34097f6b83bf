import { Group, Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'

interface Props {
  title: string
  /** Buttons beside the heading (e.g. Import, Export). */
  actions?: ReactNode
  /**
   * A page built around a table: wider, and exactly as tall as the window, so the table scrolls
   * inside itself while the heading and filters stay put.
   */
  fill?: boolean
  children: ReactNode
}

/** Every section's frame: its name as the page heading, then the content. */
export function PageLayout({ title, actions, fill = false, children }: Props) {
  return (
    <Stack
      gap="lg"
      maw={fill ? 1280 : 880}
      mx="auto"
      // The shell pads the page by xl on each side.
      h={fill ? 'calc(100dvh - 2 * var(--mantine-spacing-xl))' : undefined}
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  )
}
