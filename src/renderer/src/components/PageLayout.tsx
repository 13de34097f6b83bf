import { Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** Every section's frame: its name as the page heading, then the content. */
export function PageLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="lg" maw={880} mx="auto">
      <Title order={1} size="h2">
        {title}
      </Title>
      {children}
    </Stack>
  )
}
