import type { PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import { signoffsKey } from '../../src/workflow/issue-change'
import type { ActionPlan } from './action-plan'
import { faultPoint } from './fault-point'
import { findLatestIssue } from './find-latest'
import { readAs } from './read-as'
import { eventClaim, recordEvent } from './record-event'
import { releaseClaim, removeUnfinishedRelease, restoreLatestRelease, retireOlderReleases, storeRelease } from './release-store'
import { queueScheduledPublish } from './scheduled-publish-queue'

/** Whether the issue's latest version already holds what the plan writes (applying twice is a no-op). */
function issueHoldsPlan(issue: Issue, plan: ActionPlan): boolean {
  const data = plan.issueData
  return (
    (issue.workflowSequence ?? 0) === plan.sequence &&
    issue.stage === data.stage &&
    (issue.revision ?? 1) === data.revision &&
    signoffsKey(issue.signoffs) === signoffsKey(data.signoffs) &&
    (!plan.publish || issue._status === 'published')
  )
}

/** Whether the plan's release is written (`stored`), written otherwise or in part by an interrupted run (`other`), or not at all. */
async function releaseState(req: PayloadRequest, plan: ActionPlan): Promise<'stored' | 'other' | 'absent'> {
  if (!plan.release) return 'stored'
  const found = await req.payload.find({
    collection: SLUGS.releases,
    where: { claim: { equals: releaseClaim(plan.issueId, plan.release.content.revision) } },
    select: { hash: true, latest: true },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  const release = found.docs[0]
  if (!release) return 'absent'
  return release.hash === plan.release.hash ? 'stored' : 'other'
}

async function saveIssue(req: PayloadRequest, plan: ActionPlan, data: Record<string, unknown>, publish: boolean): Promise<void> {
  await req.payload.update({
    collection: SLUGS.issues,
    id: plan.issueId,
    data: publish ? { ...data, _status: 'published' } : data,
    draft: !publish,
    depth: 0,
    req,
    ...readAs(req),
  })
}

/**
 * Writes the action's state into an issue created published moments ago, and into its one version, in
 * place: a second version would only repeat the first with the release's hash added. (Below the
 * collection's operation, whose hooks have nothing to do for a workflow write, and which read the issue
 * back, checked every field and saved a version: a fifth of an archive import's time on a small archive.)
 */
async function completeFreshIssue(req: PayloadRequest, created: Issue, issueData: Record<string, unknown>): Promise<void> {
  const { db } = req.payload
  const updatedAt = new Date().toISOString()
  const { id, ...fields } = created
  // The sign-off rows keep their ids: below the operation, nothing gives new rows theirs.
  const rows = (created.signoffs ?? []).map((signoff) => signoff.id)
  const planned = (issueData.signoffs ?? []) as Record<string, unknown>[]
  if (planned.length !== rows.length) throw new Error(`Issue ${id}: the action's sign-offs are not the ones it was created with.`)
  const data = { ...issueData, signoffs: planned.map((signoff, index) => ({ ...signoff, id: rows[index] })) }
  await db.updateOne({ collection: SLUGS.issues, id, data: { ...data, updatedAt }, req, returning: false })
  // By its id: the SQL adapters' update by `where` alone is an upsert, which would add a row.
  const { docs } = await db.findVersions({ collection: SLUGS.issues, where: { parent: { equals: id } }, limit: 1, pagination: false, req })
  const version = docs[0]
  if (!version) throw new Error(`Issue ${id} has no version to complete.`)
  await db.updateVersion({ collection: SLUGS.issues, id: version.id, versionData: { updatedAt, version: { ...fields, ...data, updatedAt } }, req, returning: false })
}

/** The articles whose latest version is not published yet (an archive import creates them published). */
async function articlesToPublish(req: PayloadRequest, articleIds: readonly Id[]): Promise<Id[]> {
  if (articleIds.length === 0) return []
  const latest = await req.payload.find({
    collection: SLUGS.articles,
    where: { id: { in: [...articleIds] } },
    select: { _status: true },
    draft: true,
    depth: 0,
    pagination: false,
    req,
    ...readAs(req),
  })
  const published = new Set(latest.docs.filter((article) => article._status === 'published').map((article) => String(article.id)))
  return articleIds.filter((id) => !published.has(String(id)))
}

/**
 * Writes a planned action: audit event, release, published articles, the issue's new state, and the
 * scheduled job. Every later step first looks whether it already happened, so a plan interrupted at any
 * point (a crash) is completed by applying it again (`resuming`). The event is written unlooked unless
 * resuming: its unique claim is what refuses a second action decided from the same state.
 */
export async function applyPlan(req: PayloadRequest, plan: ActionPlan, options: ApplyOptions = {}): Promise<void> {
  await recordEvent(req, plan.event, { unlessRecorded: options.resuming })
  faultPoint('after-event')
  await applyAfterEvent(req, plan, options)
}

export type ApplyOptions = {
  /** Completing an interrupted action: every step looks first whether it already happened. */
  resuming?: boolean
  /**
   * The issue as the caller has just created it, published, with its articles, in the same unit of work
   * (an archive import): it has no release to look for or retire, no article to publish, and no state
   * before this one that its history should keep.
   */
  fresh?: Issue
}

/**
 * The writes of a plan whose event is recorded. Unless resuming, the issue is not read again first: the
 * event just recorded is this sequence's only one, so nothing has written the issue's new state yet.
 */
export async function applyAfterEvent(req: PayloadRequest, plan: ActionPlan, { resuming = false, fresh }: ApplyOptions = {}): Promise<void> {
  const release = fresh ? 'absent' : await releaseState(req, plan)
  if (plan.release && release !== 'stored') {
    // A release cut short by a crash may lack rows of its index: write it again whole. (Storing one
    // replaces its search entries, so none is left over when there is no release to remove.)
    if (release === 'other') await removeUnfinishedRelease(req, plan.issueId, plan.release.content.revision)
    await storeRelease(req, plan.issueId, plan.release)
  }
  faultPoint('after-release')
  if (plan.publish && !fresh) {
    for (const articleId of await articlesToPublish(req, plan.articleIds)) {
      await req.payload.update({
        collection: SLUGS.articles,
        id: articleId,
        data: { _status: 'published' },
        draft: false,
        depth: 0,
        req,
        ...readAs(req),
      })
    }
  }
  faultPoint('after-articles')
  if (fresh && plan.publish) {
    await completeFreshIssue(req, fresh, { ...plan.issueData, workflowSequence: plan.sequence })
  } else if (!resuming || !issueHoldsPlan(await findLatestIssue(req, plan.issueId), plan)) {
    await saveIssue(req, plan, { ...plan.issueData, workflowSequence: plan.sequence }, plan.publish)
  }
  faultPoint('after-issue')
  if (plan.release && !fresh) await retireOlderReleases(req, plan.issueId, plan.release.content.revision)
  if (plan.schedule) await queueScheduledPublish(req, { issueId: plan.issueId, ...plan.schedule })
}

/** Undoes what a failed plan wrote, as far as it got: nothing of the action remains. */
export async function undoPlan(req: PayloadRequest, plan: ActionPlan): Promise<void> {
  if (plan.release) {
    await removeUnfinishedRelease(req, plan.issueId, plan.release.content.revision)
    await restoreLatestRelease(req, plan.issueId)
  }
  const issue = await findLatestIssue(req, plan.issueId)
  if ((issue.workflowSequence ?? 0) >= plan.sequence) await saveIssue(req, plan, plan.before, false)
  await req.payload.db.deleteOne({ collection: SLUGS.workflowEvents, where: { claim: { equals: eventClaim(plan.event) } }, req })
}
