'use client'
import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { pick } from '../../../src/i18n/pick'
import { WATCH_TEXT } from '../../../src/watch/watch-text'

/** At the top of the admin's navigation: the watch desk's two screens, the inbox and feed health. */
export function WatchNav() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const links = [
    { id: 'nav-inbox', href: `${config.routes.admin}/inbox`, label: pick(WATCH_TEXT.inboxTitle, i18n.language) },
    { id: 'nav-feed-health', href: `${config.routes.admin}/feed-health`, label: pick(WATCH_TEXT.feedHealthTitle, i18n.language) },
  ]
  return (
    <div style={{ marginBottom: 16 }}>
      {links.map((link) => (
        <Link className="nav__link" href={link.href} id={link.id} key={link.id} prefetch={false}>
          {pathname === link.href ? <div className="nav__link-indicator" /> : null}
          <span className="nav__link-label">{link.label}</span>
        </Link>
      ))}
    </div>
  )
}
