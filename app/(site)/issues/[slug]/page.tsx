import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { issuePath } from '../../../../src/site/release-view'
import { issueMetadata } from '../../_components/issue-metadata'
import { IssueView } from '../../_components/issue-view'
import { siteOrigin } from '../../_components/site-url'
import { site } from '../../_data/cached'
import { getLanguage, getViewer } from '../../_data/viewer'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const detail = await site.getIssue(await getViewer(), slug)
  return detail ? issueMetadata(detail, issuePath(slug)) : {}
}

export default async function IssuePage({ params }: Props) {
  const [{ slug }, viewer, language, origin] = await Promise.all([params, getViewer(), getLanguage(), siteOrigin()])
  const detail = await site.getIssue(viewer, slug)
  if (!detail) notFound()
  return <IssueView detail={detail} language={language} url={`${origin}${issuePath(slug)}`} />
}
