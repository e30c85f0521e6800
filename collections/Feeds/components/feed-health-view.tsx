import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Pill } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { readFeedHealth, readThinkTankNames } from '../../../services/watch/admin-reads'
import { SLUGS } from '../../../src/collection-slugs'
import { pick } from '../../../src/i18n/pick'
import { countFailing, feedHealthState, type FeedHealthState } from '../../../src/watch/feed-health'
import { countedNoun, formatTime, thinkTankLabel, WATCH_TEXT, type WatchTextKey } from '../../../src/watch/watch-text'
import { PollButton } from './poll-button'

const STATE: Record<FeedHealthState, { pill: 'error' | 'warning' | 'success' | 'light-gray'; text: WatchTextKey }> = {
  failing: { pill: 'error', text: 'healthFailing' },
  never: { pill: 'warning', text: 'healthNever' },
  ok: { pill: 'success', text: 'healthOk' },
  inactive: { pill: 'light-gray', text: 'healthInactive' },
}

/** /admin/feed-health: which feeds fail, since when and why, with a button to poll one now. */
export async function FeedHealthView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const language = req.i18n.language
  const t = (key: WatchTextKey) => pick(WATCH_TEXT[key], language)
  const user = req.user
  const adminRoute = req.payload.config.routes.admin
  const canRead = Boolean(user && permissions?.collections?.[SLUGS.feeds]?.read)
  // Polling is for those who may edit feeds (admin, editor); the endpoint checks again.
  const canPoll = Boolean(user && permissions?.collections?.[SLUGS.feeds]?.update)

  let body: React.ReactNode = <Banner type="error">{t('noAccess')}</Banner>
  if (user && canRead) {
    const feeds = await readFeedHealth(req.payload, user, language)
    const thinkTanks = await readThinkTankNames(req.payload, user, [...new Set(feeds.flatMap((feed) => (feed.thinkTank === undefined ? [] : [feed.thinkTank])))])
    const names = new Map(thinkTanks.map((thinkTank) => [String(thinkTank.id), thinkTankLabel(thinkTank, language)]))
    const failing = countFailing(feeds)
    body =
      feeds.length === 0 ? (
        <p>{t('noFeeds')}</p>
      ) : (
        <>
          <div style={{ display: 'flex', alignItems: 'center', gap: 16, marginBottom: 16 }}>
            {failing > 0 ? (
              <Banner type="error">
                <span data-testid="failing-count">
                  {failing} {countedNoun('failingFeeds', failing, language)}
                </span>
              </Banner>
            ) : null}
            {canPoll ? <PollButton /> : null}
          </div>
          <div className="table">
            <table data-testid="feed-health" style={{ width: '100%' }}>
              <thead>
                <tr>
                  <th scope="col">{t('feedColumn')}</th>
                  <th scope="col">{t('healthColumn')}</th>
                  <th scope="col">{t('lastFetched')}</th>
                  <th scope="col">{t('failingSince')}</th>
                  <th scope="col">{t('errorColumn')}</th>
                  <th scope="col">{t('nextFetch')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {feeds.map((feed) => {
                  const state = feedHealthState(feed)
                  return (
                    <tr data-feed={feed.id} data-testid="feed-row" key={feed.id}>
                      <td style={{ verticalAlign: 'top', maxWidth: 360, wordBreak: 'break-all' }}>
                        <div style={{ fontWeight: 600 }}>{feed.thinkTank === undefined ? '' : names.get(String(feed.thinkTank))}</div>
                        <a href={`${adminRoute}/collections/${SLUGS.feeds}/${feed.id}`}>{feed.url}</a>
                      </td>
                      <td style={{ verticalAlign: 'top' }}>
                        <Pill pillStyle={STATE[state].pill} size="small">
                          {t(STATE[state].text)}
                        </Pill>
                      </td>
                      <td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>{formatTime(feed.lastFetchedAt) ?? '—'}</td>
                      <td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                        {state === 'failing' ? (
                          <>
                            {formatTime(feed.failingSince) ?? t('unknownTime')}
                            <div style={{ color: 'var(--theme-elevation-600)' }}>
                              {t('errorsInRow')}: {feed.errorCount ?? 0}
                            </div>
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td data-testid="feed-error" style={{ verticalAlign: 'top', maxWidth: 360 }}>
                        {state === 'failing' ? feed.lastError : ''}
                      </td>
                      <td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>{feed.active === false ? '—' : (formatTime(feed.nextFetchAt) ?? '—')}</td>
                      <td style={{ verticalAlign: 'top' }}>{canPoll && feed.active !== false ? <PollButton feed={feed.id} /> : null}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </>
      )
  }

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingTop: 24, paddingBottom: 48 }}>
        <h1>{t('feedHealthTitle')}</h1>
        <p>
          {t('feedHealthIntro')} <a href={`${adminRoute}/inbox`}>{t('openInbox')} →</a>
        </p>
        {body}
      </div>
    </DefaultTemplate>
  )
}
