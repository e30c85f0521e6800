import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Pill } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { idKindOf } from '../../../services/payload/document-id'
import { readInbox, readThinkTankNames } from '../../../services/watch/admin-reads'
import { SLUGS } from '../../../src/collection-slugs'
import { pick } from '../../../src/i18n/pick'
import { parseInboxFilters } from '../../../src/watch/inbox-filter'
import { LEAD_STATUS_LABELS, type LeadStatus } from '../../../src/watch/vocabulary'
import { formatDay, thinkTankLabel, WATCH_TEXT, type WatchTextKey } from '../../../src/watch/watch-text'
import { InboxFilterBar, InboxPagination } from './inbox-controls'
import { LeadActions } from './lead-actions'

const STATUS_PILL = { new: 'warning', claimed: 'light', used: 'success', skipped: 'light-gray' } as const satisfies Record<LeadStatus, string>

const SUMMARY_LENGTH = 220
const clip = (text: string) => (text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text)

/** /admin/inbox: the leads found on think-tank feeds, newest first, to claim, skip or start an article from. */
export async function InboxView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const language = req.i18n.language
  const t = (key: WatchTextKey) => pick(WATCH_TEXT[key], language)
  const user = req.user
  const canRead = Boolean(user && permissions?.collections?.[SLUGS.leads]?.read)
  const canTriage = Boolean(user && permissions?.collections?.[SLUGS.leads]?.update)
  const adminRoute = req.payload.config.routes.admin

  let body: React.ReactNode = <Banner type="error">{t('noAccess')}</Banner>
  if (user && canRead) {
    const filters = parseInboxFilters(searchParams ?? {}, idKindOf(req.payload))
    const [inbox, thinkTanks] = await Promise.all([readInbox(req.payload, user, filters), readThinkTankNames(req.payload, user)])
    const names = new Map(thinkTanks.map((thinkTank) => [String(thinkTank.id), thinkTankLabel(thinkTank, language)]))
    body = (
      <>
        <InboxFilterBar
          filters={filters}
          thinkTanks={thinkTanks.map((thinkTank) => ({ value: String(thinkTank.id), label: names.get(String(thinkTank.id)) ?? '' }))}
        />
        {canTriage ? null : <Banner type="info">{t('readOnly')}</Banner>}
        <p data-testid="inbox-count">
          {inbox.totalDocs} {t('results')}
        </p>
        {inbox.leads.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <div className="table">
            <table data-testid="inbox" style={{ width: '100%' }}>
              <thead>
                <tr>
                  <th scope="col">{t('columnReport')}</th>
                  <th scope="col">{t('columnThinkTank')}</th>
                  <th scope="col">{t('columnPublished')}</th>
                  <th scope="col">{t('columnStatus')}</th>
                  <th scope="col">{t('columnActions')}</th>
                </tr>
              </thead>
              <tbody>
                {inbox.leads.map((lead) => (
                  <tr data-lead={lead.id} data-testid="inbox-lead" key={lead.id}>
                    <td style={{ maxWidth: 560, verticalAlign: 'top' }}>
                      <a href={`${adminRoute}/collections/${SLUGS.leads}/${lead.id}`} style={{ fontWeight: 600 }}>
                        {lead.title}
                      </a>
                      {lead.authors && lead.authors.length > 0 ? (
                        <div style={{ color: 'var(--theme-elevation-600)' }}>
                          {t('by')}: {lead.authors.map((author) => author.name).join(', ')}
                        </div>
                      ) : null}
                      {lead.summary ? <p style={{ margin: '4px 0 0' }}>{clip(lead.summary)}</p> : null}
                      {lead.status === 'skipped' && lead.skipReason ? (
                        <div style={{ color: 'var(--theme-elevation-600)' }}>
                          {t('skipReason')}: {lead.skipReason}
                        </div>
                      ) : null}
                      {lead.status === 'claimed' && lead.claimedBy ? (
                        <div style={{ color: 'var(--theme-elevation-600)' }}>
                          {t('claimedBy')}: {lead.claimedBy.name}
                        </div>
                      ) : null}
                    </td>
                    <td style={{ verticalAlign: 'top' }}>{lead.thinkTank === undefined ? '' : names.get(String(lead.thinkTank))}</td>
                    <td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>{formatDay(lead.publishedAt) ?? t('noDate')}</td>
                    <td style={{ verticalAlign: 'top' }}>
                      <Pill pillStyle={STATUS_PILL[lead.status]} size="small">
                        {pick(LEAD_STATUS_LABELS[lead.status], language)}
                      </Pill>
                    </td>
                    <td style={{ verticalAlign: 'top' }}>
                      <LeadActions article={lead.article} canTriage={canTriage} id={lead.id} status={lead.status} title={lead.title} url={lead.url} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <InboxPagination filters={filters} page={inbox.page} totalPages={inbox.totalPages} />
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
        <h1>{t('inboxTitle')}</h1>
        <p>
          {t('inboxIntro')} <a href={`${adminRoute}/feed-health`}>{t('openFeedHealth')} →</a>
        </p>
        {body}
      </div>
    </DefaultTemplate>
  )
}
