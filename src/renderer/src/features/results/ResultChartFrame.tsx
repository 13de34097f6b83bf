import { Box, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

interface Props {
  title: string
  hint: string
  /** For the tests and screen readers: the chart's own name. */
  testId: string
  children: ReactNode
}

/** Height the charts draw in: ResponsiveContainer needs a box of a known height to fill. */
export const chartHeight = 220

/** A chart with its title and what its lines mean. */
export function ResultChartFrame({ title, hint, testId, children }: Props) {
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text fz="sm" fw={600}>
        {title}
      </Text>
      <Text fz="xs" c="dimmed">
        {hint}
      </Text>
      <Box h={chartHeight} mt={4} data-testid={testId} aria-label={title} role="figure">
        {children}
      </Box>
    </Stack>
  )
}
