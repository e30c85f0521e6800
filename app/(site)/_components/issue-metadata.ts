import type { Metadata } from 'next'

import { lexicalToPlainText, type LexicalDocument } from '../../../src/richtext/lexical-json'
import type { IssueDetail } from '../_data/content'

/** Title, description, canonical URL, share cards and the release's hash (`zhiku-release-hash`). */
export function issueMetadata(detail: IssueDetail, canonical: string): Metadata {
  const { content, release } = detail
  const description = lexicalToPlainText(content.issue.intro as LexicalDocument | null).slice(0, 160)
  return {
    title: content.issue.title,
    description,
    alternates: { canonical },
    openGraph: { type: 'article', title: content.issue.title, description, url: canonical, locale: 'zh_CN', publishedTime: detail.summary.publishedOn },
    twitter: { card: 'summary_large_image', title: content.issue.title, description },
    ...(release ? { other: { 'zhiku-release-hash': release.hash } } : {}),
  }
}
