import type { Payload } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { sha256OfCanonical } from '../../src/content/canonical-json'
import { shortFingerprint } from '../../src/release/release-content'

export type VerifyLine = { ok: boolean; text: string }

type ReleaseRow = { issue: unknown; revision: number; slug: string; hash: string; content: unknown }
type EventRow = { issue: unknown; revision: number; action: string; releaseHash?: string | null }

const issueKey = (value: unknown) => String(typeof value === 'object' && value !== null && 'id' in value ? value.id : value)

/** Checks one release against its stored content and the audit log; the problems found, if any. */
function problemsOf(release: ReleaseRow, events: EventRow[]): string[] {
  const problems: string[] = []
  const recomputed = sha256OfCanonical(release.content)
  if (recomputed !== release.hash) problems.push(`content hashes to ${shortFingerprint(recomputed)}, release says ${shortFingerprint(release.hash)}`)
  const signed = events.filter((event) => event.revision === release.revision && event.releaseHash)
  if (signed.length === 0) problems.push('no 终审 or publish event in workflow-events carries its hash')
  for (const event of signed) {
    if (event.releaseHash !== release.hash) problems.push(`the ${event.action} event signed ${shortFingerprint(event.releaseHash ?? '')}`)
  }
  return problems
}

/**
 * Recomputes every release's SHA-256 from its stored content and compares it with the hash the
 * release records and the hash its 终审 (or scheduled publish) event in the audit log signed. One
 * line per issue.
 */
export async function verifyReleases(payload: Payload): Promise<VerifyLine[]> {
  const [releases, events] = await Promise.all([
    payload.find({ collection: SLUGS.releases, sort: 'revision', depth: 0, pagination: false, overrideAccess: true }),
    payload.find({
      collection: SLUGS.workflowEvents,
      where: { releaseHash: { exists: true } },
      select: { issue: true, revision: true, action: true, releaseHash: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const eventsByIssue = new Map<string, EventRow[]>()
  for (const event of events.docs) eventsByIssue.set(issueKey(event.issue), [...(eventsByIssue.get(issueKey(event.issue)) ?? []), event])
  const releasesByIssue = new Map<string, ReleaseRow[]>()
  for (const release of releases.docs) releasesByIssue.set(issueKey(release.issue), [...(releasesByIssue.get(issueKey(release.issue)) ?? []), release])

  return [...releasesByIssue.entries()].map(([issueId, issueReleases]) => {
    const problems = issueReleases.flatMap((release) => problemsOf(release, eventsByIssue.get(issueId) ?? []).map((problem) => `r${release.revision}: ${problem}`))
    const newest = issueReleases.at(-1)!
    const summary = `issue ${issueId} ${newest.slug} — ${issueReleases.length} release(s), r${newest.revision} ${shortFingerprint(newest.hash)}`
    return problems.length === 0 ? { ok: true, text: `ok        ${summary}` } : { ok: false, text: `MISMATCH  ${summary}: ${problems.join('; ')}` }
  })
}
