import { axisMax, type DailyReports } from '../../../src/watch/daily-reports'

/** Colours of the bands, in order; "others" and "no think tank" take the last two greys. */
const PALETTE = ['#2f6fb2', '#d9822b', '#3a9d5d', '#b8463f', '#7b5ea7', '#2aa1a8', '#c29b2e']
const OTHERS_COLOUR = '#9aa3ad'
const NONE_COLOUR = '#c9ced4'

export type ChartBand = { key: string; label: string; colour: string }

export function bandColours(chart: DailyReports, othersKey: string, noneKey: string): Map<string, string> {
  let next = 0
  return new Map(chart.series.map((band) => [band.key, band.key === othersKey ? OTHERS_COLOUR : band.key === noneKey ? NONE_COLOUR : PALETTE[next++ % PALETTE.length]!]))
}

const WIDTH = 720
const HEIGHT = 200
const LEFT = 32
const BOTTOM = 22
const TOP = 8

/**
 * Stacked bars, one per day, one band per think tank. Each bar segment carries a <title> (think tank,
 * day, count) so the numbers can be read by pointing at them or by a screen reader.
 */
export function DailyChart({ chart, bands, label, unit }: { chart: DailyReports; bands: ChartBand[]; label: string; unit: string }) {
  const top = axisMax(chart.max)
  const plotWidth = WIDTH - LEFT
  const plotHeight = HEIGHT - BOTTOM - TOP
  const slot = plotWidth / chart.days.length
  const barWidth = Math.max(2, slot * 0.7)
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight
  const byKey = new Map(chart.series.map((band) => [band.key, band]))
  return (
    <svg aria-label={label} data-testid="watch-chart" role="img" style={{ maxWidth: '100%', height: 'auto' }} viewBox={`0 0 ${WIDTH + 24} ${HEIGHT}`} width={WIDTH + 24}>
      <line stroke="currentColor" strokeOpacity={0.3} x1={LEFT} x2={WIDTH} y1={y(0)} y2={y(0)} />
      <line stroke="currentColor" strokeDasharray="3 3" strokeOpacity={0.2} x1={LEFT} x2={WIDTH} y1={y(top)} y2={y(top)} />
      <text fill="currentColor" fontSize={11} textAnchor="end" x={LEFT - 4} y={y(top) + 4}>
        {top}
      </text>
      <text fill="currentColor" fontSize={11} textAnchor="end" x={LEFT - 4} y={y(0) + 4}>
        0
      </text>
      {chart.days.map((day, index) => {
        const x = LEFT + index * slot + (slot - barWidth) / 2
        let stacked = 0
        return (
          <g key={day}>
            {bands.map((band) => {
              const count = byKey.get(band.key)?.counts[index] ?? 0
              if (count === 0) return null
              const from = stacked
              stacked += count
              return (
                <rect fill={band.colour} height={y(from) - y(stacked)} key={band.key} width={barWidth} x={x} y={y(stacked)}>
                  <title>{`${band.label} · ${day} · ${count} ${unit}`}</title>
                </rect>
              )
            })}
            {index % 5 === 4 || index === 0 ? (
              <text fill="currentColor" fontSize={10} textAnchor="middle" x={x + barWidth / 2} y={HEIGHT - 6}>
                {day.slice(5)}
              </text>
            ) : null}
          </g>
        )
      })}
    </svg>
  )
}
