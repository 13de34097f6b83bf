// What both results charts draw the same way: the hour axis under a grid, the count axis from
// nothing to a round top, and a dashed line across with its label at the right.
import { CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts'
import { axisTick, chartColors } from './chart-style'

/** Room for the count axis's labels on the left, none wasted around the plot. */
export const chartMargin = { top: 8, right: 8, bottom: 0, left: -16 }

/**
 * The grid, the hours along the bottom (named by `ticks`, keyed by the hour's moment) and the
 * counts up to `top`. Elements, not a component: the chart finds its axes among its children.
 */
export function hourAxes(ticks: ReadonlyMap<number, string>, top: number) {
  return [
    <CartesianGrid key="grid" vertical={false} stroke={chartColors.grid} />,
    <XAxis
      key="hours"
      dataKey="at"
      tickFormatter={(at: number) => ticks.get(at) ?? ''}
      tick={axisTick}
      tickLine={false}
      minTickGap={12}
    />,
    <YAxis
      key="counts"
      allowDecimals={false}
      domain={[0, top]}
      tick={axisTick}
      tickLine={false}
      axisLine={false}
    />,
  ]
}

/** A dashed line across at `y` (the hourly limit, everyone in the campaign), labelled. */
export function markLine(y: number, label: string, stroke: string, labelColor: string) {
  return (
    <ReferenceLine
      y={y}
      stroke={stroke}
      strokeDasharray="4 3"
      label={{ value: label, position: 'insideTopRight', fill: labelColor, fontSize: 11 }}
    />
  )
}
