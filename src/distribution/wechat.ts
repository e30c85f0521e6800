import { escapeMarkup } from '../feeds/text'
import { sayIn, type Say } from '../i18n/say'
import type { ReleaseContent } from '../release/release-content'
import { creditLines, imagesOf, absoluteUrl, isWechatUrl, issueSubject, sectionHeading, publishedDay } from './issue-parts'
import { TEXT_FORMAT, writeLexical, type BlockKind, type LexicalFormat } from './lexical-walk'
import { LinkNotes } from './link-notes'

/** The 公众号 editor refuses an article body over this many characters. */
export const WECHAT_CHARACTER_LIMIT = 20_000

export type WechatExport = { subject: string; html: string; characters: number; warnings: string[] }

const STYLE = {
  article: 'font-size:16px;line-height:1.75;color:#333333;letter-spacing:0.5px;',
  meta: 'font-size:14px;color:#888888;margin:0 0 16px;',
  title: 'font-size:22px;font-weight:bold;line-height:1.4;margin:0 0 12px;color:#222222;',
  correction: 'font-size:15px;color:#8a4b00;background-color:#fff6e5;padding:8px 12px;margin:0 0 16px;',
  sectionTitle: 'font-size:18px;font-weight:bold;line-height:1.5;margin:28px 0 12px;color:#1a3a6b;',
  thinkTank: 'display:block;font-size:14px;font-weight:normal;color:#1a3a6b;',
  paragraph: 'margin:0 0 14px;text-align:justify;',
  heading: 'font-size:17px;font-weight:bold;margin:20px 0 10px;',
  quote: 'margin:0 0 14px;padding:4px 12px;border-left:3px solid #cccccc;color:#666666;',
  list: 'margin:0 0 14px;padding-left:24px;',
  item: 'margin:0 0 6px;',
  rule: 'border:0;border-top:1px solid #dddddd;margin:20px 0;',
  marker: 'font-size:12px;color:#1a3a6b;',
  notesTitle: 'font-size:16px;font-weight:bold;margin:28px 0 8px;color:#222222;',
  note: 'font-size:13px;line-height:1.6;color:#666666;margin:0 0 6px;word-break:break-all;',
  imageNote: 'font-size:13px;color:#999999;text-align:center;margin:0 0 14px;',
  credits: 'font-size:14px;color:#666666;margin:0 0 4px;',
  creditsBlock: 'margin:28px 0 0;padding-top:12px;border-top:1px solid #eeeeee;',
  wechatLink: 'color:#576b95;text-decoration:none;',
} as const

const p = (style: string, inner: string) => `<p style="${style}">${inner}</p>`

function formattedText(text: string, format: number): string {
  let html = escapeMarkup(text)
  if (format & TEXT_FORMAT.code) html = `<span style="font-family:monospace;">${html}</span>`
  if (format & TEXT_FORMAT.bold) html = `<strong>${html}</strong>`
  if (format & TEXT_FORMAT.italic) html = `<em>${html}</em>`
  if (format & TEXT_FORMAT.underline) html = `<span style="text-decoration:underline;">${html}</span>`
  if (format & TEXT_FORMAT.strikethrough) html = `<span style="text-decoration:line-through;">${html}</span>`
  if (format & TEXT_FORMAT.superscript) html = `<sup>${html}</sup>`
  if (format & TEXT_FORMAT.subscript) html = `<sub>${html}</sub>`
  return html
}

function block(kind: BlockKind, inner: string): string {
  switch (kind) {
    case 'heading':
      return `<h3 style="${STYLE.heading}">${inner}</h3>`
    case 'quote':
      return `<blockquote style="${STYLE.quote}">${inner}</blockquote>`
    case 'bullet-list':
      return `<ul style="${STYLE.list}">${inner}</ul>`
    case 'number-list':
      return `<ol style="${STYLE.list}">${inner}</ol>`
    case 'list-item':
      return `<li style="${STYLE.item}">${inner}</li>`
    case 'rule':
      return `<hr style="${STYLE.rule}">`
    default:
      return p(STYLE.paragraph, inner)
  }
}

/** Text length as the editor counts it: the characters a reader sees (tags and entities undone). */
export function visibleCharacters(html: string): number {
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '')
  return Array.from(text).length
}

/**
 * An issue as HTML that pastes into the 公众号 editor intact: inline styles only (no style, script or
 * link elements, no class or id), no links except to mp.weixin.qq.com — every other link becomes a
 * numbered marker and a plain-text URL under 参考资料 — images listed for upload, credits at the end
 * and the public page for 阅读原文.
 */
export function renderWechat(content: ReleaseContent, { issueUrl, say = sayIn('zh') }: { issueUrl: string; say?: Say }): WechatExport {
  const notes = new LinkNotes(content.references)
  const marker = (n: number) => `<sup style="${STYLE.marker}">[${n}]</sup>`
  const format: LexicalFormat = {
    text: formattedText,
    link: (href, label) => {
      if (!href) return label
      if (isWechatUrl(href)) return `<a href="${escapeMarkup(href)}" style="${STYLE.wechatLink}">${label}</a>`
      return `${label}${marker(notes.numberFor(href))}`
    },
    block: (kind, inner) => block(kind, inner),
    lineBreak: '<br>',
    blockSeparator: '',
  }
  const warnings: string[] = []
  const parts: string[] = []
  const { issue } = content
  parts.push(p(STYLE.meta, escapeMarkup(`${issue.newsletter.title} · 第${issue.number}期 · ${publishedDay(content)}`)))
  parts.push(`<h1 style="${STYLE.title}">${escapeMarkup(issue.title)}</h1>`)
  if (content.correction) parts.push(p(STYLE.correction, escapeMarkup(`更正（${content.correction.correctedAt.slice(0, 10)}）：${content.correction.note}`)))
  for (const image of imagesOf(content)) {
    const url = absoluteUrl(image.url, issueUrl)
    parts.push(p(STYLE.imageNote, escapeMarkup(`【图片：${image.alt || '封面'}，请在编辑器中上传：${url}】`)))
    warnings.push(say(`请在公众号编辑器中上传这张图片（从其他网站粘贴的图片不会保留）：${url}`, `Upload this image in the WeChat Official Account editor (pasted images from other sites are not kept): ${url}`))
  }
  parts.push(writeLexical(issue.intro, format))
  for (const section of content.sections) {
    const heading = sectionHeading(section)
    const tank = heading.thinkTank ? `<span style="${STYLE.thinkTank}">${escapeMarkup(heading.thinkTank)}</span>` : ''
    const refs = section.referenceNumbers.map((n) => `[${n}]`).join('')
    const refsMarker = refs ? `<sup style="${STYLE.marker}">${refs}</sup>` : ''
    parts.push(`<h2 style="${STYLE.sectionTitle}">${tank}${escapeMarkup(heading.headline)}${refsMarker}</h2>`)
    parts.push(writeLexical(section.body, format))
  }
  const listed = notes.list().filter((note) => note.url || note.title)
  if (listed.length > 0) {
    parts.push(`<h2 style="${STYLE.notesTitle}">参考资料</h2>`)
    for (const note of listed) {
      const title = content.issue.showReferenceTitles && note.title ? `${note.title}. ` : ''
      parts.push(p(STYLE.note, escapeMarkup(`[${note.number}] ${title}${note.url || note.title || ''}`)))
    }
  }
  const credits = creditLines(content)
  const readMore = p(STYLE.credits, escapeMarkup(`阅读原文：${issueUrl}`))
  parts.push(`<section style="${STYLE.creditsBlock}">${credits.map((line) => p(STYLE.credits, escapeMarkup(line))).join('')}${readMore}</section>`)
  const html = `<section style="${STYLE.article}">${parts.join('')}</section>`
  const characters = visibleCharacters(html)
  if (characters > WECHAT_CHARACTER_LIMIT) {
    warnings.push(
      say(
        `本文共 ${characters} 字，公众号编辑器最多接受 ${WECHAT_CHARACTER_LIMIT} 字，请拆分或删减。`,
        `The article has ${characters} characters; the WeChat Official Account editor accepts at most ${WECHAT_CHARACTER_LIMIT}. Split it or shorten it.`,
      ),
    )
  }
  return { subject: issueSubject(content), html, characters, warnings }
}
