// The charts' look in Mantine's colours (CSS variables, so a theme change follows), written once
// for both charts.
export const chartColors = {
  bars: 'var(--mantine-color-teal-6)',
  area: 'var(--mantine-color-blue-6)',
  limit: 'var(--mantine-color-red-6)',
  total: 'var(--mantine-color-gray-6)',
  grid: 'var(--mantine-color-gray-3)',
  text: 'var(--mantine-color-dimmed)',
} as const

export const axisTick = { fontSize: 11, fill: chartColors.text }

export const tooltipStyle = {
  contentStyle: {
    borderRadius: 'var(--mantine-radius-sm)',
    border: '1px solid var(--mantine-color-gray-3)',
    fontSize: 'var(--mantine-font-size-xs)',
  },
  labelStyle: { fontWeight: 600 },
} as const
