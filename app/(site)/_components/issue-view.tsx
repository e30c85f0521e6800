import Link from 'next/link'

import { formatCreditLine } from '../../../src/content/credits'
import { siteTextFor, type SiteLanguage } from '../../../src/i18n/site-text'
import { shortFingerprint } from '../../../src/release/release-content'
import { correctionDate, issueJsonLd, issuePath, jsonForScript, revisionPath } from '../../../src/site/release-view'
import type { IssueDetail } from '../_data/content'
import { SafeRichText } from './safe-rich-text'

/** An issue exactly as one release (or, in preview, the draft's would-be release) has it. */
export function IssueView({ detail, language, url }: { detail: IssueDetail; language: SiteLanguage; url: string }) {
  const { content, summary, release, earlier, current, previous, next } = detail
  const { issue, sections, references, credits, correction } = content
  const t = siteTextFor(language)
  return (
    <article className="issue">
      {current ? (
        <p className="revision-notice" role="note">
          {t('newerVersion', { revision: content.revision })} <Link href={issuePath(current.slug)}>{t('readCurrent')}</Link>
        </p>
      ) : null}
      <p className="meta">
        {summary.newsletterTitle} · {t('issueNo', { n: issue.number })} · <time dateTime={summary.publishedOn}>{summary.publishedOn.slice(0, 10)}</time>
      </p>
      <h1 lang="zh-CN">{issue.title}</h1>
      {correction ? (
        <aside className="correction" aria-label={t('correction')}>
          <p>
            <strong>
              更正 / Corrected on <time dateTime={correction.correctedAt}>{correctionDate(correction)}</time>:
            </strong>{' '}
            <span lang="zh-CN">{correction.note}</span>
          </p>
          {earlier ? (
            <p>
              <Link href={revisionPath(earlier.slug, earlier.revision)}>{t('earlierVersion', { revision: earlier.revision })}</Link>
            </p>
          ) : null}
        </aside>
      ) : null}
      <SafeRichText data={issue.intro} className="intro" lang="zh-CN" />
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`article-${section.key}`} className="issue-section" lang="zh-CN">
          <h2 id={`article-${section.key}`}>
            {section.thinkTank ? (
              <span className="section-think-tank">
                <Link href={`/think-tanks/${section.thinkTank.slug}`}>{section.thinkTank.name}</Link>
                <span className="acronym" lang="en">
                  {section.thinkTank.acronym || section.thinkTank.nameEn}
                </span>
              </span>
            ) : null}
            <Link href={`/articles/${section.slug}`} className="headline-link">
              {section.headline}
            </Link>
          </h2>
          <SafeRichText data={section.body} />
          {section.referenceNumbers.length > 0 ? (
            <p className="section-refs">
              {t('references')} {section.referenceNumbers.map((n) => `[${n}]`).join(' ')}
            </p>
          ) : null}
        </section>
      ))}
      {references.length > 0 ? (
        <section className="references" aria-labelledby="references">
          <h2 id="references">{t('references')}</h2>
          <ol>
            {references.map((reference) => (
              <li key={reference.source} value={reference.number}>
                {/* The report's title, linked; the address after it for print and for readers who check links. */}
                {reference.url && reference.title ? (
                  <>
                    <a href={reference.url} rel="noopener noreferrer" lang="en">
                      {reference.title}
                    </a>{' '}
                    <span className="reference-url">{reference.url}</span>
                  </>
                ) : reference.url ? (
                  <a href={reference.url} rel="noopener noreferrer">
                    {reference.url}
                  </a>
                ) : (
                  <span>{reference.title}</span>
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {credits.length > 0 ? (
        <footer className="credits" aria-label={t('credits')} lang="zh-CN">
          {credits.map((line) => (
            <p key={line.stage}>{formatCreditLine(line)}</p>
          ))}
        </footer>
      ) : null}
      {release ? (
        <p className="release-fingerprint meta">
          {t('fingerprint')}{' '}
          <a href={`/api/issues/${release.issueId}/release`} title={release.hash}>
            <code>{shortFingerprint(release.hash)}</code>
          </a>
        </p>
      ) : null}
      <nav className="issue-nav" aria-label={`${t('previous')} / ${t('next')}`}>
        {previous ? (
          <Link href={issuePath(previous.slug)} rel="prev">
            ← {t('previous')}：<span lang="zh-CN">{previous.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={issuePath(next.slug)} rel="next">
            {t('next')}：<span lang="zh-CN">{next.title}</span> →
          </Link>
        ) : null}
      </nav>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(issueJsonLd(content, { url, hash: release?.hash ?? null })) }} />
    </article>
  )
}
