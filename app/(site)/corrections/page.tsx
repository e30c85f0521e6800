import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { siteText, siteTextFor } from '../../../src/i18n/site-text'
import { readerPageNumber } from '../../../src/site/page-number'
import { issuePath } from '../../../src/site/release-view'
import { Pagination } from '../_components/pagination'
import { site } from '../_data/cached'
import { getLanguage } from '../_data/viewer'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: siteText(await getLanguage(), 'corrections'),
    alternates: { canonical: '/corrections', types: { 'application/rss+xml': '/corrections/feed.xml' } },
  }
}

/** Every correction of a published issue, newest first: what changed, when, and why. */
export default async function CorrectionsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const [language, { page }] = await Promise.all([getLanguage(), searchParams])
  const pageNumber = readerPageNumber(page)
  if (pageNumber === null) notFound()
  const found = await site.listCorrections(pageNumber)
  const t = siteTextFor(language)
  return (
    <>
      <h1>{t('corrections')}</h1>
      <p>{t('correctionsIntro')}</p>
      {found.items.length === 0 ? <p>{t('correctionsNone')}</p> : null}
      <ol className="issue-list corrections">
        {found.items.map((correction) => (
          <li key={correction.path}>
            <span className="meta">
              {t('issueNo', { n: correction.number })} · <time dateTime={correction.correctedAt}>{correction.correctedAt.slice(0, 10)}</time> ·{' '}
              <Link href={correction.path}>r{correction.revision}</Link>
            </span>
            <br />
            <Link href={issuePath(correction.slug)} lang="zh-CN">
              {correction.title}
            </Link>
            <p lang="zh-CN">{correction.note}</p>
          </li>
        ))}
      </ol>
      <Pagination path="/corrections" page={found.page} pages={found.pages} language={language} label={t('corrections')} />
      <p>
        <a href="/corrections/feed.xml">RSS</a>
      </p>
    </>
  )
}
