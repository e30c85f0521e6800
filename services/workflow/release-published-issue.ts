import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Article, Issue, Newsletter, Source, ThinkTank } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import type { ReleaseOrigin } from '../../src/distribution/mail-policy'
import { REVIEW_CHAIN } from '../../src/workflow/chain'
import { lastStep } from '../../src/workflow/chain-lookup'
import { RELEASE_ORIGIN } from '../distribution/settings'
import { eachBatchById } from '../payload/each-pending-by-id'
import { workflowWriteContext } from '../payload/workflow-context'
import { findLatestIssue } from './find-latest'
import { commitPlan, isClaimClash } from './intents'
import { toWorkflowState } from './issue-state'
import { inIssueTransaction } from './issue-transaction'
import { loadIssueRelease } from './load-content'
import { planAction, planRelease, releasePlanOf } from './plan-action'
import { loadCover, releaseFrameOf } from './release-frame'
import { releaseClaim } from './release-store'

/** Where a revision published outside the review chain here comes from. */
type OutsideOrigin = Exclude<ReleaseOrigin, 'chain'>

/** When a revision that did not go through the chain here went out: its schedule, last 终审 date, or save. */
function publishedAtOf(issue: { publishAt?: string | null; updatedAt: string; signoffs?: { stage: string; signedAt?: string | null }[] | null }): string {
  const last = lastStep(REVIEW_CHAIN).stage
  const finals = (issue.signoffs ?? []).filter((signoff) => signoff.stage === last && signoff.signedAt)
  return new Date(issue.publishAt ?? finals.at(-1)?.signedAt ?? issue.updatedAt).toISOString()
}

/**
 * Gives a revision published outside the review chain here — an archive import, the demo issue, an
 * issue published before releases existed — its release, recorded as a `publish` event that carries
 * the release's hash. Does nothing when that revision already has its release.
 */
async function releasePublishedRevision(req: PayloadRequest, issueId: Id, origin: OutsideOrigin, comment: string): Promise<boolean> {
  const latest = await findLatestIssue(req, issueId)
  // A published latest version is the published revision itself (an archive import, the demo).
  const published =
    latest._status === 'published' ? latest : await req.payload.findByID({ collection: SLUGS.issues, id: issueId, depth: 0, req, overrideAccess: true })
  if (published._status !== 'published') return false
  const revision = published.revision ?? 1
  const existing = await req.payload.count({ collection: SLUGS.releases, where: { claim: { equals: releaseClaim(issueId, revision) } }, req, overrideAccess: true })
  if (existing.totalDocs > 0) return false
  const { release: frame } = await loadIssueRelease(req, published, { draft: false })
  const planned = await planRelease(req, published, frame, toWorkflowState(published), publishedAtOf(published))
  await commitOutsideRelease(req, { latest, published, planned, origin, comment })
  return true
}

/**
 * Records a published revision's release with a `publish` event carrying its hash; the issue takes the
 * published state when that revision is its latest. A correction in progress keeps its own state.
 */
async function commitOutsideRelease(
  req: PayloadRequest,
  {
    latest,
    published,
    planned: { release, signoffs },
    origin,
    comment,
    fresh,
  }: { latest: Issue; published: Issue; planned: ReturnType<typeof releasePlanOf>; origin: OutsideOrigin; comment: string; fresh?: Issue },
): Promise<void> {
  const state = toWorkflowState(published)
  const sameRevision = (latest.revision ?? 1) === state.revision && latest.stage === 'published'
  const plan = planAction(req, {
    issue: latest,
    state: sameRevision ? { ...state, stage: 'published', signoffs } : toWorkflowState(latest),
    event: { action: 'publish', from: published.stage, to: 'published', comment, releaseHash: release.hash, revision: state.revision, userId: null },
    publish: sameRevision,
    release,
  })
  // Not a new issue for subscribers: releaseMail (src/distribution/mail-policy.ts) mails none of these.
  req.context[RELEASE_ORIGIN] = origin
  await commitPlan(req, plan, { fresh })
}

/** What an archive import has just written: the issue, created published, and every record its release shows. */
export type ImportedIssue = {
  issue: Issue
  newsletter: Newsletter
  /** In the issue's order, created published. */
  articles: readonly Article[]
  /** Every source the articles cite. */
  sources: readonly Source[]
  /** Every think tank the articles and sources name. */
  thinkTanks: readonly ThinkTank[]
}

/**
 * The first release of an issue an archive import has just created, in the import's unit of work, as the
 * workflow service: made from the records the import wrote, with nothing read back (an issue created this
 * moment has no release yet, and its articles were created published).
 */
export async function releaseImportedIssue(req: PayloadRequest, imported: ImportedIssue, comment: string): Promise<void> {
  const system = await createLocalReq({ context: workflowWriteContext(), req: { transactionID: req.transactionID } }, req.payload)
  const { issue } = imported
  const frame = releaseFrameOf({ ...imported, cover: await loadCover(system, issue) })
  const planned = releasePlanOf(frame, toWorkflowState(issue), publishedAtOf(issue), undefined)
  await commitOutsideRelease(system, { latest: issue, published: issue, planned, origin: 'archive', comment, fresh: issue })
}

/**
 * The same in a transaction of its own. Another process may act on the issue at the same moment (two
 * instances starting with the demo both release it): the action that lost the race for the issue's next
 * sequence is refused by its claim, rolled back, and tried again on what the winner left — usually the
 * release, already there.
 */
export async function releasePublishedIssue(payload: Payload, issueId: Id, origin: OutsideOrigin, comment: string): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await inIssueTransaction(payload, issueId, null, (req) => releasePublishedRevision(req, issueId, origin, comment))
    } catch (error) {
      if (!isClaimClash(error) || attempt === 3) throw error
    }
  }
}

/**
 * Every published issue without a release gets one (an upgraded database keeps serving its issues). Read
 * a batch at a time with the releases its issues' claims name: at start-up on a 10,000-issue archive the
 * whole lists took 140 MB and 2 s.
 */
export async function releaseAllPublishedIssues(payload: Payload): Promise<number> {
  let released = 0
  await eachBatchById<{ id: Id; revision?: number | null }>(
    payload,
    { collection: SLUGS.issues, where: { _status: { equals: 'published' } }, select: { revision: true }, batch: 500 },
    async (issues) => {
      const claims = issues.map((issue) => releaseClaim(issue.id, issue.revision ?? 1))
      const found = await payload.find({ collection: SLUGS.releases, where: { claim: { in: claims } }, select: { claim: true }, depth: 0, pagination: false, overrideAccess: true })
      const withRelease = new Set(found.docs.map((release) => release.claim))
      for (const issue of issues.filter((_, index) => !withRelease.has(claims[index]!))) {
        await releasePublishedIssue(payload, issue.id, 'backfill', 'Release recorded for an issue published before releases existed. 升级时为已发布期刊补记发布版本。')
        released += 1
      }
    },
  )
  return released
}
