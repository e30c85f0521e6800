import type { Metadata } from 'next'
import Link from 'next/link'

import { siteText, siteTextFor } from '../../../src/i18n/site-text'
import { groupByYear, paginate } from '../../../src/site/archive'
import { IssueList } from '../_components/issue-list'
import { site } from '../_data/cached'
import { getLanguage, getViewer } from '../_data/viewer'

export const dynamic = 'force-dynamic'

const PER_PAGE = 20

export async function generateMetadata(): Promise<Metadata> {
  return { title: siteText(await getLanguage(), 'archive'), alternates: { canonical: '/issues' } }
}

export default async function ArchivePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const [viewer, language, { page }] = await Promise.all([getViewer(), getLanguage(), searchParams])
  const issues = await site.listIssues(viewer)
  const current = paginate(issues, Number(page) || 1, PER_PAGE)
  const t = siteTextFor(language)
  return (
    <>
      <h1>{t('archive')}</h1>
      {issues.length === 0 ? <p>{t('none')}</p> : null}
      {groupByYear(current.items).map(({ year, items }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <IssueList issues={items} language={language} />
        </section>
      ))}
      {current.pages > 1 ? (
        <nav className="pagination" aria-label={t('archive')}>
          {current.page > 1 ? <Link href={`/issues?page=${current.page - 1}`}>{t('newer')}</Link> : null}
          <span>{t('page', { page: current.page, pages: current.pages })}</span>
          {current.page < current.pages ? <Link href={`/issues?page=${current.page + 1}`}>{t('older')}</Link> : null}
        </nav>
      ) : null}
    </>
  )
}
