import { escapeMarkup } from '../feeds/text'
import type { ReleaseContent } from '../release/release-content'
import { creditLines, issueSubject, publishedDay, sectionHeading } from './issue-parts'
import { TEXT_FORMAT, writeLexical, type LexicalFormat } from './lexical-walk'
import { LinkNotes, type LinkNote } from './link-notes'

/*
 * The newsletter email's content, from a release: rich text as inline-styled HTML fragments (links
 * kept, each followed by its note number) and the plain-text part. The email layout around them is
 * rendered by the email library (services/distribution/newsletter-email.tsx).
 */
export type NewsletterLinks = { issueUrl: string; unsubscribeUrl: string; preferencesUrl: string }

export type NewsletterSection = { thinkTank: string | null; headline: string; bodyHtml: string; references: number[] }

export type NewsletterModel = {
  subject: string
  preview: string
  meta: string
  title: string
  correction: string | null
  introHtml: string
  sections: NewsletterSection[]
  notes: LinkNote[]
  credits: string[]
}

const LINK_STYLE = 'color:#1a56a8;text-decoration:underline;'
const P_STYLE = 'margin:0 0 14px;font-size:16px;line-height:1.7;'

function htmlFormat(notes: LinkNotes): LexicalFormat {
  return {
    text: (text, format) => {
      let html = escapeMarkup(text)
      if (format & TEXT_FORMAT.bold) html = `<strong>${html}</strong>`
      if (format & TEXT_FORMAT.italic) html = `<em>${html}</em>`
      if (format & TEXT_FORMAT.code) html = `<code>${html}</code>`
      return html
    },
    link: (href, label) => (href ? `<a href="${escapeMarkup(href)}" style="${LINK_STYLE}">${label}</a><sup>[${notes.numberFor(href)}]</sup>` : label),
    block: (kind, inner) => {
      switch (kind) {
        case 'heading':
          return `<h3 style="margin:18px 0 8px;font-size:17px;">${inner}</h3>`
        case 'quote':
          return `<blockquote style="margin:0 0 14px;padding-left:12px;border-left:3px solid #999999;">${inner}</blockquote>`
        case 'bullet-list':
          return `<ul style="${P_STYLE}padding-left:24px;">${inner}</ul>`
        case 'number-list':
          return `<ol style="${P_STYLE}padding-left:24px;">${inner}</ol>`
        case 'list-item':
          return `<li>${inner}</li>`
        case 'rule':
          return '<hr style="border:0;border-top:1px solid #cccccc;">'
        default:
          return `<p style="${P_STYLE}">${inner}</p>`
      }
    },
    lineBreak: '<br>',
    blockSeparator: '',
  }
}

function textFormat(notes: LinkNotes): LexicalFormat {
  return {
    text: (text) => text,
    link: (href, label) => (href ? `${label} [${notes.numberFor(href)}]` : label),
    block: (kind, inner, depth) => {
      if (kind === 'list-item') return `${'  '.repeat(Math.max(0, depth - 1))}- ${inner}`
      if (kind === 'quote') return `> ${inner}`
      if (kind === 'rule') return '----'
      return inner
    },
    lineBreak: '\n',
    blockSeparator: '\n\n',
  }
}

export function newsletterModel(content: ReleaseContent): NewsletterModel {
  const notes = new LinkNotes(content.references)
  const format = htmlFormat(notes)
  const { issue } = content
  const sections = content.sections.map((section) => ({
    ...sectionHeading(section),
    bodyHtml: writeLexical(section.body, format),
    references: section.referenceNumbers,
  }))
  return {
    subject: issueSubject(content),
    preview: content.sections.map((section) => section.headline).join(' · ').slice(0, 140),
    meta: `${issue.newsletter.title} · 第${issue.number}期 · ${publishedDay(content)}`,
    title: issue.title,
    correction: content.correction ? `更正（${content.correction.correctedAt.slice(0, 10)}）：${content.correction.note}` : null,
    introHtml: writeLexical(issue.intro, format),
    sections,
    notes: notes.list(),
    credits: creditLines(content),
  }
}

/** The plain-text part of the newsletter email. */
export function newsletterText(content: ReleaseContent, links: NewsletterLinks): string {
  const notes = new LinkNotes(content.references)
  const format = textFormat(notes)
  const { issue } = content
  const parts = [`${issue.newsletter.title} · 第${issue.number}期 · ${publishedDay(content)}`, issue.title, `在线阅读 View online: ${links.issueUrl}`]
  if (content.correction) parts.push(`更正（${content.correction.correctedAt.slice(0, 10)}）：${content.correction.note}`)
  const intro = writeLexical(issue.intro, format)
  if (intro) parts.push(intro)
  for (const section of content.sections) {
    const heading = sectionHeading(section)
    const refs = section.referenceNumbers.map((n) => `[${n}]`).join('')
    parts.push(`== ${heading.thinkTank ? `${heading.thinkTank} ` : ''}${heading.headline} ${refs}`.trimEnd())
    const body = writeLexical(section.body, format)
    if (body) parts.push(body)
  }
  const listed = notes.list().filter((note) => note.url || note.title)
  if (listed.length > 0) parts.push(['参考资料 References', ...listed.map((note) => `[${note.number}] ${note.url || note.title}`)].join('\n'))
  const credits = creditLines(content)
  if (credits.length > 0) parts.push(credits.join('\n'))
  parts.push(`管理订阅 Preferences: ${links.preferencesUrl}\n退订 Unsubscribe: ${links.unsubscribeUrl}`)
  return `${parts.join('\n\n')}\n`
}

/** A short notice that an issue already mailed was corrected. */
export function correctionNoticeText(content: ReleaseContent, links: NewsletterLinks): { subject: string; text: string } {
  const note = content.correction?.note ?? ''
  const subject = `更正 Correction｜${issueSubject(content)}`
  const text = [
    `《${content.issue.title}》已更正 / has been corrected.`,
    `更正说明 Note: ${note}`,
    `阅读更正后的版本 Read the corrected issue: ${links.issueUrl}`,
    `退订 Unsubscribe: ${links.unsubscribeUrl}`,
  ].join('\n\n')
  return { subject, text: `${text}\n` }
}
