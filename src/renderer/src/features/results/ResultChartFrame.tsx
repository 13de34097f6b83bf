import { Box, List, Stack, Text, VisuallyHidden } from '@mantine/core'
import { useId, type ReactNode } from 'react'

interface Props {
  title: string
  hint: string
  /** For the tests: the chart's own name. */
  testId: string
  /** The chart's figures in words, for a screen reader: what the picture shows. */
  summary: readonly string[]
  children: ReactNode
}

/** Height the charts draw in: ResponsiveContainer needs a box of a known height to fill. */
export const chartHeight = 220

/**
 * A chart with its title, what its lines mean, and its figures in words. Side by side, the
 * charts sit at the bottom of their cells, so their axes line up whatever the hints' length.
 */
export function ResultChartFrame({ title, hint, testId, summary, children }: Props) {
  const summaryId = useId()
  return (
    <Stack gap={4} h="100%" style={{ minWidth: 0 }}>
      <Text fz="sm" fw={600}>
        {title}
      </Text>
      <Text fz="xs" c="dimmed">
        {hint}
      </Text>
      <Box
        h={chartHeight}
        mt="auto"
        data-testid={testId}
        role="figure"
        aria-label={title}
        aria-describedby={summaryId}
      >
        {children}
      </Box>
      <VisuallyHidden id={summaryId}>
        <List>
          {summary.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </VisuallyHidden>
    </Stack>
  )
}
