import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import type { Issue, User } from '../../../payload-types'
import { toActor, toWorkflowState } from '../../../services/workflow/issue-state'
import { issuesWaitingFor } from '../../../services/workflow/waiting-for'
import { SLUGS } from '../../../src/collection-slugs'
import { formatAdminDate } from '../../../src/i18n/admin-text'
import { pick } from '../../../src/i18n/pick'
import { boardActions, isMine } from '../../../src/workflow/board'
import { DESK_TEXT, PANEL_TEXT } from '../../../src/workflow/panel-text'
import { STAGES, STAGE_LABELS } from '../../../src/workflow/stages'
import { BoardAction } from './board-action'

/**
 * /admin/board: every issue by stage (草稿 → 已发布) with counts, "mine only" (wrote, submitted, assigned
 * or signed off: src/workflow/board.ts), and the next steps this person may take — send back and reopen
 * included — each confirmed and run through POST /api/issues/:id/workflow.
 */
export async function BoardView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const language = req.i18n.language
  const user = req.user && req.user.collection === SLUGS.users ? req.user : null
  const mine = searchParams?.mine === '1'
  const adminRoute = req.payload.config.routes.admin
  const issues = user
    ? await req.payload.find({ collection: SLUGS.issues, draft: true, depth: 0, limit: 500, sort: '-updatedAt', overrideAccess: false, user, req })
    : { docs: [] as Issue[] }
  const queued = new Map(user ? (await issuesWaitingFor(req.payload, user)).map((item) => [item.issue.id, item.actions] as const) : [])
  const actionsOn = (issue: Issue, person: User) => boardActions(toWorkflowState(issue), toActor(person), queued.get(issue.id) ?? [])
  const shown = issues.docs.filter((issue) => !mine || (user !== null && isMine(toWorkflowState(issue), user.id)))

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingTop: 24, paddingBottom: 48 }}>
        <h1>{pick(DESK_TEXT.boardTitle, language)}</h1>
        <p style={{ margin: '12px 0 20px' }}>
          <a aria-pressed={mine} className={`pill ${mine ? 'pill--style-dark' : 'pill--style-light'}`} data-testid="board-mine" href={`${adminRoute}/board${mine ? '' : '?mine=1'}`} style={{ padding: '4px 12px' }}>
            {pick(DESK_TEXT.boardMine, language)}
          </a>
        </p>
        <div data-testid="board" style={{ display: 'grid', gridTemplateColumns: `repeat(${STAGES.length}, minmax(160px, 1fr))`, gap: 12, overflowX: 'auto' }}>
          {STAGES.map((stage) => {
            const column = shown.filter((issue) => issue.stage === stage)
            return (
              <section aria-labelledby={`board-${stage}`} data-stage={stage} data-testid={`board-column-${stage}`} key={stage} style={{ background: 'var(--theme-elevation-50)', borderRadius: 4, padding: 12 }}>
                <h2 id={`board-${stage}`} style={{ fontSize: 16, margin: '0 0 8px' }}>
                  {pick(STAGE_LABELS[stage], language)} <span data-testid={`board-count-${stage}`}>({column.length})</span>
                </h2>
                {column.length === 0 ? <p style={{ opacity: 0.6 }}>{pick(DESK_TEXT.boardEmpty, language)}</p> : null}
                {column.map((issue) => (
                  <article data-testid="board-card" key={issue.id} style={{ background: 'var(--theme-elevation-0)', borderRadius: 4, marginBottom: 8, padding: 8 }}>
                    <a href={`${adminRoute}/collections/issues/${issue.id}`}>
                      {pick(PANEL_TEXT.number, language)} {issue.number} · {issue.title}
                    </a>
                    <div style={{ fontSize: 12, opacity: 0.7 }}>{formatAdminDate(issue.updatedAt, language)}</div>
                    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4 }}>
                      {(user ? actionsOn(issue, user) : []).map((action) => (
                        <BoardAction action={action} issueId={issue.id} issueLabel={`${pick(PANEL_TEXT.number, language)} ${issue.number} · ${issue.title}`} key={action} stage={stage} />
                      ))}
                    </div>
                  </article>
                ))}
              </section>
            )
          })}
        </div>
      </div>
    </DefaultTemplate>
  )
}
