import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip } from 'recharts'
import { useTranslation } from 'react-i18next'
import { chartMargin, hourAxes, markLine } from './chart-parts'
import { chartColors, tooltipStyle } from './chart-style'
import { perHourAxisTop, type HourRow } from './hour-chart-data'
import { ResultChartFrame } from './ResultChartFrame'
import { zoneInWords } from '../../components/dates/zone-in-words'

interface Props {
  rows: readonly HourRow[]
  perHourLimit: number
  timeZone: string
}

/** Messages per hour as bars, under the red line of the hourly limit they must stay below. */
export function SendsPerHourChart({ rows, perHourLimit, timeZone }: Props) {
  const { t, i18n } = useTranslation()
  const ticks = new Map(rows.map((row) => [row.at, row.tick]))
  const spans = new Map(rows.map((row) => [row.at, row.span]))
  const summary = [
    t('results.perHour.limit', { limit: perHourLimit }),
    ...rows
      .filter((row) => row.sends > 0)
      .map((row) => t('results.perHour.row', { span: row.span, count: row.sends })),
  ]
  return (
    <ResultChartFrame
      title={t('results.perHour.title')}
      hint={t('results.perHour.hint', {
        limit: perHourLimit,
        // The offset of the campaign's own hours (summer time may have changed since).
        zone: zoneInWords(timeZone, rows.at(-1)?.at ?? new Date(), i18n.language),
      })}
      testId="sends-per-hour-chart"
      summary={summary}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...rows]} margin={chartMargin}>
          {hourAxes(ticks, perHourAxisTop(rows, perHourLimit))}
          <Tooltip
            {...tooltipStyle}
            cursor={{ fill: 'var(--mantine-color-gray-1)' }}
            labelFormatter={(label) => spans.get(Number(label)) ?? ''}
          />
          {markLine(
            perHourLimit,
            t('results.perHour.limit', { limit: perHourLimit }),
            chartColors.limit,
            chartColors.limit,
          )}
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
