import type { Metadata } from 'next'
import Link from 'next/link'

import { siteText, siteTextFor } from '../../../src/i18n/site-text'
import { highlight } from '../../../src/search/search-text'
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

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const [language, params] = await Promise.all([getLanguage(), searchParams])
  const query = (Array.isArray(params.q) ? params.q[0] : params.q)?.slice(0, 200) ?? ''
  const { terms, results } = await site.searchArticles(query)
  const t = siteTextFor(language)
  return (
    <>
      <h1>{t('search')}</h1>
      <form action="/search" className="search-form" role="search">
        <label htmlFor="q" className="visually-hidden-title">
          {t('searchLabel')}
        </label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder={t('searchLabel')} />
        <button type="submit">{t('searchButton')}</button>
      </form>
      {terms.length === 0 ? <p>{t('searchEmpty')}</p> : null}
      {terms.length > 0 && results.length === 0 ? <p role="status">{t('searchNone', { q: query })}</p> : null}
      {results.length > 0 ? (
        <>
          <p role="status">{t('searchCount', { n: results.length })}</p>
          <ol className="article-list search-results">
            {results.map((result) => (
              <li key={result.slug}>
                <Link href={`/articles/${result.slug}`} lang="zh-CN">
                  <Highlight text={result.headline} terms={terms} />
                </Link>
                <p lang="zh-CN">
                  <Highlight text={result.snippet} terms={terms} />
                </p>
                <p className="meta">
                  {result.thinkTank?.name}
                  {` · ${t('issueNo', { n: result.issue.number })}`}
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  )
}
