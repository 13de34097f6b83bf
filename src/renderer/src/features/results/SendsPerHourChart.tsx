import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { useTranslation } from 'react-i18next'
import { axisTick, chartColors, tooltipStyle } from './chart-style'
import { perHourAxisTop, type HourRow } from './hour-chart-data'
import { ResultChartFrame } from './ResultChartFrame'

interface Props {
  rows: readonly HourRow[]
  perHourLimit: number
  timeZone: string
}

/** Messages per hour as bars, under the red line of the hourly limit they must stay below. */
export function SendsPerHourChart({ rows, perHourLimit, timeZone }: Props) {
  const { t } = useTranslation()
  const ticks = new Map(rows.map((row) => [row.at, row.tick]))
  const spans = new Map(rows.map((row) => [row.at, row.span]))
  return (
    <ResultChartFrame
      title={t('results.perHour.title')}
      hint={t('results.perHour.hint', { limit: perHourLimit, zone: timeZone.replace(/_/g, ' ') })}
      testId="sends-per-hour-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
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
            domain={[0, perHourAxisTop(rows, perHourLimit)]}
            tick={axisTick}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            {...tooltipStyle}
            cursor={{ fill: 'var(--mantine-color-gray-1)' }}
            labelFormatter={(label) => spans.get(Number(label)) ?? ''}
          />
          <ReferenceLine
            y={perHourLimit}
            stroke={chartColors.limit}
            strokeDasharray="4 3"
            label={{
              value: t('results.perHour.limit', { limit: perHourLimit }),
              position: 'insideTopRight',
              fill: chartColors.limit,
              fontSize: 11,
            }}
          />
          <Bar
            dataKey="sends"
            name={t('results.perHour.series')}
            fill={chartColors.bars}
            radius={[3, 3, 0, 0]}
            maxBarSize={28}
            isAnimationActive={false}
          >
            {/* The count above each bar that has one: small bars under a line at 50 read badly. */}
            <LabelList
              dataKey="sends"
              position="top"
              fontSize={11}
              fill={chartColors.text}
              formatter={(value) => (Number(value) > 0 ? String(value) : '')}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ResultChartFrame>
  )
}
