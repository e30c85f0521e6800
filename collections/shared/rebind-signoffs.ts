import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import type { Id } from '../../src/content/ids'
import { reconcileIssue } from '../../services/workflow/reconcile-issue'
import { issuesUsingArticles, issuesUsingSource } from './issues-using'
import { isWorkflowWrite } from '../../services/payload/workflow-context'

const IN_PROGRESS = new Set(['review', 'layout', 'final'])

/*
 * People cannot edit content that signed-off issues use (the locks refuse it), but the system can
 * (imports, scripts). After such a write, each issue in progress that uses the content re-checks its
 * sign-offs at once. Where the write runs inside a database transaction the re-check cannot see it
 * yet; the next workflow action then finds the change and voids the sign-offs itself.
 */
const rebindWith =
  (findIssues: (req: PayloadRequest, id: Id) => Promise<Issue[]>): CollectionAfterChangeHook =>
  async ({ doc, req, operation }) => {
    if (operation !== 'update' || isWorkflowWrite(req)) return doc
    for (const issue of await findIssues(req, doc.id)) {
      if (IN_PROGRESS.has(issue.stage)) await reconcileIssue(req.payload, issue.id)
    }
    return doc
  }

export const rebindArticleSignoffs = rebindWith((req, id) => issuesUsingArticles(req, [id]))
export const rebindSourceSignoffs = rebindWith(issuesUsingSource)

/** The same for a system write to the issue itself (people cannot change a signed-off issue's text). */
export const rebindIssueSignoffs: CollectionAfterChangeHook<Issue> = async ({ doc, req, operation }) => {
  if (operation !== 'update' || isWorkflowWrite(req) || !IN_PROGRESS.has(doc.stage)) return doc
  await reconcileIssue(req.payload, doc.id)
  return doc
}
