import type { Metadata } from 'next'
import Link from 'next/link'
import type React from 'react'

import './site.css'

export const metadata: Metadata = {
  title: { default: '智库观察 Zhiku', template: '%s · 智库观察' },
  description: '海外智库研究的中文摘要与评述',
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <a className="skip-link" href="#main">
          跳到正文
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            智库观察
          </Link>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>智库观察 · Zhiku</p>
        </footer>
      </body>
    </html>
  )
}
