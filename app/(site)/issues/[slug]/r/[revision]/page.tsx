import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { revisionPath } from '../../../../../../src/site/release-view'
import { issueMetadata } from '../../../../_components/issue-metadata'
import { IssueView } from '../../../../_components/issue-view'
import { siteOrigin } from '../../../../_components/site-url'
import { site } from '../../../../_data/cached'
import { getLanguage } from '../../../../_data/viewer'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string; revision: string }> }

/** `/issues/<slug>/r/<revision>`: the stable URL of one released revision, corrected or not. */
const revisionOf = (value: string): number => (/^[1-9]\d{0,8}$/.test(value) ? Number(value) : 0)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, revision } = await params
  const detail = await site.getIssueRevision(slug, revisionOf(revision))
  return detail ? issueMetadata(detail, revisionPath(slug, detail.content.revision)) : {}
}

export default async function IssueRevisionPage({ params }: Props) {
  const [{ slug, revision }, language, origin] = await Promise.all([params, getLanguage(), siteOrigin()])
  const detail = await site.getIssueRevision(slug, revisionOf(revision))
  if (!detail) notFound()
  return <IssueView detail={detail} language={language} url={`${origin}${revisionPath(slug, detail.content.revision)}`} />
}
