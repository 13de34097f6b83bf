import { Area, AreaChart, ResponsiveContainer, Tooltip } from 'recharts'
import { useTranslation } from 'react-i18next'
import { chartMargin, hourAxes, markLine } from './chart-parts'
import { chartColors, tooltipStyle } from './chart-style'
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
  const last = points.at(-1)
  const sent = last?.cumulative ?? 0
  const summary = last ? [t('results.progress.summary', { moment: last.moment, sent, total })] : []
  return (
    <ResultChartFrame
      title={t('results.progress.title')}
      hint={t('results.progress.hint', { total })}
      testId="sent-so-far-chart"
      summary={summary}
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={[...points]} margin={chartMargin}>
          {hourAxes(ticks, axisTop(total, sent))}
          <Tooltip {...tooltipStyle} labelFormatter={(label) => moments.get(Number(label)) ?? ''} />
          {markLine(
            total,
            t('results.progress.total', { total }),
            chartColors.total,
            chartColors.text,
          )}
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
