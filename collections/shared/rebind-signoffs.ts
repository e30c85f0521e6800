import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { isWorkflowWrite } from '../../services/payload/workflow-context'
import { reconcileIssue } from '../../services/workflow/reconcile-issue'
import type { Id } from '../../src/content/ids'
import { SIGNOFF_STAGES } from '../../src/workflow/stages'
import { issuesUsingArticles, issuesUsingCover, issuesUsingNewsletter, issuesUsingSource, issuesUsingThinkTank } from './issues-using'

const IN_PROGRESS = new Set<string>(SIGNOFF_STAGES)

/*
 * After a change to content that issues in the chain use — an article or issue the system changed,
 * or a source, think tank, newsletter or cover image that staff may edit at any time — each such
 * issue re-checks its sign-offs at once, in the write's own transaction (so it sees the change), and
 * those whose content changed are void; the next workflow action re-checks too.
 */
const rebindWith =
  (findIssues: (req: PayloadRequest, id: Id) => Promise<Issue[]>): CollectionAfterChangeHook<{ id: Id }> =>
  async ({ doc, req, operation }) => {
    if (operation !== 'update' || isWorkflowWrite(req)) return doc
    for (const issue of await findIssues(req, doc.id)) {
      if (IN_PROGRESS.has(issue.stage)) await reconcileIssue(req.payload, issue.id, req)
    }
    return doc
  }

export const rebindArticleSignoffs = rebindWith((req, id) => issuesUsingArticles(req, [id]))
export const rebindSourceSignoffs = rebindWith(issuesUsingSource)
export const rebindThinkTankSignoffs = rebindWith(issuesUsingThinkTank)
export const rebindNewsletterSignoffs = rebindWith(issuesUsingNewsletter)
export const rebindCoverSignoffs = rebindWith(issuesUsingCover)

/** The same for a system write to the issue itself (people cannot change a signed-off issue's text). */
export const rebindIssueSignoffs: CollectionAfterChangeHook<Issue> = async ({ doc, req, operation }) => {
  if (operation !== 'update' || isWorkflowWrite(req) || !IN_PROGRESS.has(doc.stage)) return doc
  await reconcileIssue(req.payload, doc.id, req)
  return doc
}
