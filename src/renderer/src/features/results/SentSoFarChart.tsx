import {
  Area,
  AreaChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { useTranslation } from 'react-i18next'
import { axisTick, chartColors, tooltipStyle } from './chart-style'
import { axisTop, type ProgressPoint } from './hour-chart-data'
import { ResultChartFrame } from './ResultChartFrame'

interface Props {
  points: readonly ProgressPoint[]
  /** Everyone in the campaign: the line the progress climbs towards. */
  total: number
}

/** How many had been sent by the end of each hour, rising towards everyone in the campaign. */
export function SentSoFarChart({ points, total }: Props) {
  const { t } = useTranslation()
  const ticks = new Map(points.map((point) => [point.at, point.tick]))
  const moments = new Map(points.map((point) => [point.at, point.moment]))
  const sent = points.at(-1)?.cumulative ?? 0
  return (
    <ResultChartFrame
      title={t('results.progress.title')}
      hint={t('results.progress.hint', { total })}
      testId="sent-so-far-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={[...points]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid vertical={false} stroke={chartColors.grid} />
          <XAxis
            dataKey="at"
            tickFormatter={(at: number) => ticks.get(at) ?? ''}
            tick={axisTick}
            tickLine={false}
            minTickGap={12}
          />
          <YAxis
            allowDecimals={false}
            domain={[0, axisTop(total, sent)]}
            tick={axisTick}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip {...tooltipStyle} labelFormatter={(label) => moments.get(Number(label)) ?? ''} />
          <ReferenceLine
            y={total}
            stroke={chartColors.total}
            strokeDasharray="4 3"
            label={{
              value: t('results.progress.total', { total }),
              position: 'insideTopRight',
              fill: chartColors.text,
              fontSize: 11,
            }}
          />
          <Area
            type="monotone"
            dataKey="cumulative"
            name={t('results.progress.series')}
            stroke={chartColors.area}
            fill={chartColors.area}
            fillOpacity={0.18}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </ResultChartFrame>
  )
}
