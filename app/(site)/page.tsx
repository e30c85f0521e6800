import type { Metadata } from 'next'
import Link from 'next/link'

import { siteTextFor } from '../../src/i18n/site-text'
import { ArticleList } from './_components/article-list'
import { IssueList } from './_components/issue-list'
import { site } from './_data/cached'
import { getLanguage } from './_data/viewer'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { alternates: { canonical: '/' } }

export default async function HomePage() {
  const [{ latest, latestArticles, recent }, language] = await Promise.all([site.home(), getLanguage()])
  const t = siteTextFor(language)
  if (!latest) {
    return (
      <>
        <h1>{t('siteName')}</h1>
        <p>{t('none')}</p>
      </>
    )
  }
  return (
    <>
      <h1 className="visually-hidden-title">{t('siteName')}</h1>
      <section aria-labelledby="latest-title" className="latest">
        <h2 id="latest-title">{t('latest')}</h2>
        <p className="meta">
          {latest.newsletterTitle} · {t('issueNo', { n: latest.number })} ·{' '}
          <time dateTime={latest.publishedOn}>{latest.publishedOn.slice(0, 10)}</time>
        </p>
        <p>
          <Link href={`/issues/${latest.slug}`} lang="zh-CN" className="latest-link">
            {latest.title}
          </Link>
        </p>
        <ArticleList articles={latestArticles} language={language} />
      </section>
      {recent.length > 0 ? (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t('recent')}</h2>
          <IssueList issues={recent} language={language} />
          <p>
            <Link href="/issues">{t('archive')} →</Link>
          </p>
        </section>
      ) : null}
    </>
  )
}
