import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { siteText, siteTextFor } from '../../../src/i18n/site-text'
import { highlight } from '../../../src/search/search-text'
import { readerPageNumber } from '../../../src/site/page-number'
import { Pagination } from '../_components/pagination'
import { site } from '../_data/cached'
import { getLanguage } from '../_data/viewer'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: siteText(await getLanguage(), 'search'), robots: { index: false } }
}

function Highlight({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((run, index) => (run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </>
  )
}

type Params = { q?: string | string[]; thinkTank?: string | string[]; year?: string | string[]; page?: string | string[] }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const [language, params] = await Promise.all([getLanguage(), searchParams])
  const query = first(params.q)?.slice(0, 200) ?? ''
  const thinkTank = first(params.thinkTank)?.slice(0, 100) || undefined
  const yearNumber = Number(first(params.year))
  const year = Number.isInteger(yearNumber) && yearNumber > 1900 && yearNumber < 3000 ? yearNumber : undefined
  const pageNumber = readerPageNumber(params.page)
  if (pageNumber === null) notFound()
  const found = await site.searchArticles(query, { thinkTank, year }, pageNumber)
  const { terms, results } = found
  const t = siteTextFor(language)
  const kept = { q: query, ...(thinkTank ? { thinkTank } : {}), ...(year ? { year: String(year) } : {}) }
  return (
    <>
      <h1>{t('search')}</h1>
      <form action="/search" className="search-form" role="search">
        <label htmlFor="q" className="visually-hidden-title">
          {t('searchLabel')}
        </label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder={t('searchLabel')} />
        <label htmlFor="year">{t('searchYear')}</label>
        <input id="year" name="year" type="number" min={1990} max={2100} defaultValue={year ?? ''} className="search-year" />
        {thinkTank ? <input type="hidden" name="thinkTank" value={thinkTank} /> : null}
        <button type="submit">{t('searchButton')}</button>
      </form>
      {thinkTank || year ? (
        <p className="meta">
          <Link href={`/search?${new URLSearchParams({ q: query }).toString()}`}>{t('searchClearFilters')}</Link>
        </p>
      ) : null}
      {terms.length === 0 ? <p>{t('searchEmpty')}</p> : null}
      {terms.length > 0 && found.total === 0 ? <p role="status">{t('searchNone', { q: query })}</p> : null}
      {results.length > 0 ? (
        <>
          <p role="status">{t('searchCount', { n: found.total })}</p>
          <ol className="article-list search-results" start={(found.page - 1) * 20 + 1}>
            {results.map((result) => (
              <li key={result.slug}>
                <Link href={`/articles/${result.slug}`} lang="zh-CN">
                  <Highlight text={result.headline} terms={terms} />
                </Link>
                <p lang="zh-CN">
                  <Highlight text={result.snippet} terms={terms} />
                </p>
                <p className="meta">
                  {result.thinkTank ? (
                    <Link href={`/search?${new URLSearchParams({ ...kept, thinkTank: result.thinkTank.slug }).toString()}`} title={t('searchOnlyThinkTank')}>
                      {result.thinkTank.name}
                    </Link>
                  ) : null}
                  {` · ${t('issueNo', { n: result.issue.number })}`}
                </p>
              </li>
            ))}
          </ol>
          <Pagination path="/search" page={found.page} pages={found.pages} language={language} label={t('search')} query={kept} />
        </>
      ) : null}
    </>
  )
}
