import { Progress, Stack, Text, type MantineColor } from '@mantine/core'

interface Props {
  /** The amount in words, e.g. "12 of 40". */
  text: string
  /** How full, 0–100. */
  percent: number
  color: MantineColor
}

/** A table cell's amount in words above a thin bar; the bar is decoration, the words say it. */
export function MeterCell({ text, percent, color }: Props) {
  return (
    <Stack gap={4}>
      <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
        {text}
      </Text>
      <Progress value={percent} size="xs" color={color} aria-hidden />
    </Stack>
  )
}
