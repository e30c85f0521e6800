import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { siteText, siteTextFor } from '../../../src/i18n/site-text'
import { groupByYear } from '../../../src/site/archive'
import { readerPageNumber } from '../../../src/site/page-number'
import { IssueList } from '../_components/issue-list'
import { Pagination } from '../_components/pagination'
import { site } from '../_data/cached'
import { getLanguage } from '../_data/viewer'

export const dynamic = 'force-dynamic'

const PER_PAGE = 20

export async function generateMetadata(): Promise<Metadata> {
  return { title: siteText(await getLanguage(), 'archive'), alternates: { canonical: '/issues' } }
}

export default async function ArchivePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const [language, { page }] = await Promise.all([getLanguage(), searchParams])
  const pageNumber = readerPageNumber(page)
  if (pageNumber === null) notFound()
  const current = await site.listIssues(pageNumber, PER_PAGE)
  const t = siteTextFor(language)
  return (
    <>
      <h1>{t('archive')}</h1>
      {current.total === 0 ? <p>{t('none')}</p> : null}
      {groupByYear(current.items).map(({ year, items }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <IssueList issues={items} language={language} />
        </section>
      ))}
      <Pagination path="/issues" page={current.page} pages={current.pages} language={language} label={t('archive')} />
    </>
  )
}
