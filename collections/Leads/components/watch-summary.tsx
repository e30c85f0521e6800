import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { readWatchSummary } from '../../../services/watch/admin-reads'
import { SLUGS } from '../../../src/collection-slugs'
import { pick } from '../../../src/i18n/pick'
import { NO_THINK_TANK_KEY, OTHERS_KEY } from '../../../src/watch/daily-reports'
import { countedNoun, thinkTankLabel, WATCH_TEXT, type WatchTextKey } from '../../../src/watch/watch-text'
import { bandColours, type ChartBand, DailyChart } from './daily-chart'

type Props = { payload: Payload; user?: TypedUser | null; i18n: I18nClient }

/** The dashboard's watch desk: how many new leads wait, failing feeds, and new reports per think tank per day. */
export async function WatchSummary({ payload, user, i18n }: Props) {
  if (!user || !user.roles || user.roles.length === 0) return null
  const language = i18n.language
  const t = (key: WatchTextKey) => pick(WATCH_TEXT[key], language)
  const summary = await readWatchSummary(payload, user, new Date())
  const adminRoute = payload.config.routes.admin
  const colours = bandColours(summary.chart, OTHERS_KEY, NO_THINK_TANK_KEY)
  const bands: ChartBand[] = summary.chart.series.map((band) => {
    const name = summary.names.get(band.key)
    const label = band.key === OTHERS_KEY ? t('others') : band.key === NO_THINK_TANK_KEY || !name ? t('noThinkTank') : thinkTankLabel(name, language)
    return { key: band.key, label, colour: colours.get(band.key)! }
  })
  return (
    <section aria-labelledby="zhiku-watch-title" className="zhiku-watch" data-testid="watch-summary" style={{ marginBottom: 32 }}>
      <h2 id="zhiku-watch-title">{t('watchTitle')}</h2>
      <p style={{ fontSize: 16 }}>
        <a data-testid="new-leads" href={`${adminRoute}/inbox?status=new`}>
          <strong style={{ fontSize: 28, marginRight: 6 }}>{summary.newLeads}</strong>
          {countedNoun('newLeadsWaiting', summary.newLeads, language)}
        </a>
        {summary.failingFeeds > 0 ? (
          <>
            {' · '}
            <a href={`${adminRoute}/feed-health`} style={{ color: 'var(--theme-error-600)' }}>
              {summary.failingFeeds} {countedNoun('failingFeeds', summary.failingFeeds, language)}
            </a>
          </>
        ) : null}
      </p>
      <h3 style={{ fontSize: 15 }}>{t('chartTitle')}</h3>
      {summary.chart.total === 0 ? (
        <p>{t('chartEmpty')}</p>
      ) : (
        <>
          <DailyChart bands={bands} chart={summary.chart} label={t('chartTitle')} unit={t('reports')} />
          <ul data-testid="watch-chart-legend" style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
            {bands.map((band) => (
              <li key={band.key} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
                <span aria-hidden style={{ background: band.colour, borderRadius: 2, display: 'inline-block', height: 10, width: 10 }} />
                {band.label} ({summary.chart.series.find((series) => series.key === band.key)?.total ?? 0})
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={`${adminRoute}/inbox`}>{t('openInbox')} →</a> · <a href={`${adminRoute}/feed-health`}>{t('openFeedHealth')} →</a>
        {' · '}
        <a href={`${adminRoute}/collections/${SLUGS.feeds}`}>{t('manageFeeds')}</a>
      </p>
    </section>
  )
}
