import Link from 'next/link'

import { siteText, type SiteLanguage } from '../../../src/i18n/site-text'

type Props = { path: string; page: number; pages: number; language: SiteLanguage; label?: string; query?: Record<string, string> }

/** Newer / page n of m / older links of a list paginated in the database (other query parameters kept). */
export function Pagination({ path, page, pages, language, label, query = {} }: Props) {
  if (pages <= 1) return null
  const href = (to: number) => `${path}?${new URLSearchParams({ ...query, page: String(to) }).toString()}`
  return (
    <nav className="pagination" aria-label={label ?? siteText(language, 'page', { page, pages })}>
      {page > 1 ? <Link href={href(page - 1)}>{siteText(language, 'newer')}</Link> : null}
      <span>{siteText(language, 'page', { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)}>{siteText(language, 'older')}</Link> : null}
    </nav>
  )
}
