import { createLocalReq, type Payload } from 'payload'

import type { User } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { buildReleaseContent } from '../../src/release/build-release'
import type { ReleaseContent } from '../../src/release/release-content'
import { toWorkflowState } from './issue-state'
import { loadIssueContent } from './load-content'

/**
 * What the release of an issue's latest revision would be if it were signed now, as `user` may see
 * it: draft-mode preview renders this with the same components readers get. Null when the issue
 * does not exist or the user may not read it.
 */
export async function previewRelease(payload: Payload, user: User, issueSlug: string): Promise<ReleaseContent | null> {
  const req = await createLocalReq({ user }, payload)
  const found = await payload.find({
    collection: SLUGS.issues,
    where: { slug: { equals: issueSlug } },
    draft: true,
    depth: 0,
    limit: 1,
    req,
    overrideAccess: false,
    user,
  })
  const issue = found.docs[0]
  if (!issue) return null
  const content = await loadIssueContent(req, issue)
  const state = toWorkflowState(issue)
  return buildReleaseContent({
    ...content.release,
    signoffs: state.signoffs,
    revision: state.revision,
    publishedAt: new Date(issue.publishAt ?? Date.now()).toISOString(),
    correction: state.correctionNote && state.revision > 1 ? { note: state.correctionNote, correctedAt: new Date().toISOString() } : null,
  })
}

/** The slug of the issue an article belongs to, as `user` may see the latest revisions. */
export async function issueSlugOfArticle(payload: Payload, user: User, articleSlug: string): Promise<string | null> {
  const articles = await payload.find({ collection: SLUGS.articles, where: { slug: { equals: articleSlug } }, draft: true, depth: 0, limit: 1, overrideAccess: false, user })
  const article = articles.docs[0]
  if (!article) return null
  const issues = await payload.find({ collection: SLUGS.issues, where: { articles: { in: [article.id] } }, draft: true, depth: 0, limit: 1, overrideAccess: false, user })
  return issues.docs[0]?.slug ?? null
}
