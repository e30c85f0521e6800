import Link from 'next/link'

import { siteText, type SiteLanguage } from '../../../src/i18n/site-text'

/** Newer / page n of m / older links of a list paginated in the database. */
export function Pagination({ path, page, pages, language, label }: { path: string; page: number; pages: number; language: SiteLanguage; label?: string }) {
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={label ?? siteText(language, 'page', { page, pages })}>
      {page > 1 ? <Link href={`${path}?page=${page - 1}`}>{siteText(language, 'newer')}</Link> : null}
      <span>{siteText(language, 'page', { page, pages })}</span>
      {page < pages ? <Link href={`${path}?page=${page + 1}`}>{siteText(language, 'older')}</Link> : null}
    </nav>
  )
}
