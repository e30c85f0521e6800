import type { Metadata } from 'next'
import Link from 'next/link'
import type React from 'react'

import { siteText, siteTextFor } from '../../src/i18n/site-text'
import { siteOrigin } from './_components/site-url'
import { getLanguage, getViewer } from './_data/viewer'
import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  const language = await getLanguage()
  return {
    metadataBase: new URL(await siteOrigin()),
    title: { default: siteText(language, 'siteName'), template: `%s · ${siteText(language, 'siteName')}` },
    description: siteText(language, 'tagline'),
    alternates: {
      types: { 'application/rss+xml': '/feed.xml', 'application/atom+xml': '/atom.xml', 'application/feed+json': '/feed.json' },
    },
  }
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [language, viewer] = await Promise.all([getLanguage(), getViewer()])
  const t = siteTextFor(language)
  return (
    <html lang={language === 'en' ? 'en' : 'zh-CN'}>
      <body>
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        {viewer.preview ? (
          <div className="preview-banner" role="status">
            {t('preview')}{' '}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler: <Link> would prefetch it and end the preview */}
            <a href="/preview/exit">{t('exitPreview')}</a>
          </div>
        ) : null}
        <header className="site-header">
          <Link href="/" className="site-name">
            {t('siteName')}
          </Link>
          <nav aria-label={language === 'en' ? 'Site' : '站点导航'}>
            <ul>
              <li>
                <Link href="/issues">{t('archive')}</Link>
              </li>
              <li>
                <Link href="/search">{t('search')}</Link>
              </li>
              <li>
                <a href="/feed.xml">{t('feeds')}</a>
              </li>
              <li>
                <a href={`/lang?to=${language === 'en' ? 'zh' : 'en'}`} lang={language === 'en' ? 'zh-CN' : 'en'}>
                  {t('language')}
                </a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            {t('siteName')} · <a href="/feed.xml">RSS</a> · <a href="/atom.xml">Atom</a> · <a href="/feed.json">JSON Feed</a> · <Link href="/corrections">{t('corrections')}</Link>
          </p>
        </footer>
      </body>
    </html>
  )
}
