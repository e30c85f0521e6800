import Link from 'next/link'

import { siteText, type SiteLanguage } from '../../../src/i18n/site-text'
import type { ArticleSummary } from '../_data/content'

export function ArticleList({ articles, language }: { articles: ArticleSummary[]; language: SiteLanguage }) {
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link href={`/articles/${article.slug}`} lang="zh-CN">
            {article.headline}
          </Link>
          <p className="meta">
            {article.thinkTank ? (
              <Link href={`/think-tanks/${article.thinkTank.slug}`} lang="zh-CN">
                {article.thinkTank.name}
              </Link>
            ) : null}
            {' · '}
            <Link href={`/issues/${article.issue.slug}`}>{siteText(language, 'issueNo', { n: article.issue.number })}</Link>
          </p>
        </li>
      ))}
    </ol>
  )
}
