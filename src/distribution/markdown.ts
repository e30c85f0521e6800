import type { ReleaseContent } from '../release/release-content'
import { absoluteUrl, creditLines, imagesOf, issueSubject, publishedDay, sectionHeading } from './issue-parts'
import { TEXT_FORMAT, writeLexical, type LexicalFormat } from './lexical-walk'
import { LinkNotes } from './link-notes'

export type MarkdownExport = { subject: string; markdown: string }

/** Characters Markdown would read as syntax, escaped so the text stays text. */
export const escapeMarkdown = (text: string): string => text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1')

function formattedText(text: string, format: number): string {
  if (format & TEXT_FORMAT.code) return `\`${text.replace(/`/g, "'")}\``
  let md = escapeMarkdown(text)
  if (format & TEXT_FORMAT.bold) md = `**${md}**`
  if (format & TEXT_FORMAT.italic) md = `*${md}*`
  if (format & TEXT_FORMAT.strikethrough) md = `~~${md}~~`
  return md
}

/** A reference definition's URL: angle brackets keep spaces and parentheses inside it. */
const definitionUrl = (url: string) => (/[\s()<>]/.test(url) ? `<${encodeURI(url).replace(/[<>]/g, encodeURIComponent)}>` : url)

/** An issue as Markdown with reference-style links (`[text][n]` and `[n]: url` at the end). */
export function renderMarkdown(content: ReleaseContent, { issueUrl }: { issueUrl: string }): MarkdownExport {
  const notes = new LinkNotes(content.references)
  const format: LexicalFormat = {
    text: formattedText,
    link: (href, label) => (href ? `[${label}][${notes.numberFor(href)}]` : label),
    block: (kind, inner, depth) => {
      const indent = '  '.repeat(Math.max(0, depth - 1))
      switch (kind) {
        case 'heading':
          return `### ${inner}`
        case 'quote':
          return inner
            .split('\n')
            .map((line) => `> ${line}`)
            .join('\n')
        case 'bullet-list':
        case 'number-list':
          return inner
            .split('\n\n')
            .map((item, index) => `${indent}${kind === 'number-list' ? `${index + 1}.` : '-'} ${item}`)
            .join('\n')
        case 'rule':
          return '---'
        default:
          return inner
      }
    },
    lineBreak: '  \n',
    blockSeparator: '\n\n',
  }
  const { issue } = content
  const parts: string[] = [`# ${escapeMarkdown(issue.title)}`, escapeMarkdown(`${issue.newsletter.title} · 第${issue.number}期 · ${publishedDay(content)}`)]
  if (content.correction) parts.push(`> **更正（${content.correction.correctedAt.slice(0, 10)}）**：${escapeMarkdown(content.correction.note)}`)
  for (const image of imagesOf(content)) parts.push(`![${escapeMarkdown(image.alt)}](${definitionUrl(absoluteUrl(image.url, issueUrl))})`)
  const intro = writeLexical(issue.intro, format)
  if (intro) parts.push(intro)
  for (const section of content.sections) {
    const heading = sectionHeading(section)
    // Space-separated: `[1][2]` would be one link labelled 1 to note 2.
    const refs = section.referenceNumbers.map((n) => `[${n}]`).join(' ')
    parts.push(`## ${heading.thinkTank ? `${escapeMarkdown(heading.thinkTank)}：` : ''}${escapeMarkdown(heading.headline)}${refs ? ` ${refs}` : ''}`)
    const body = writeLexical(section.body, format)
    if (body) parts.push(body)
  }
  const listed = notes.list()
  if (listed.length > 0) {
    parts.push('## 参考资料')
    parts.push(listed.map((note) => `${note.number}. ${note.url ? `<${note.url}>` : escapeMarkdown(note.title ?? '')}`).join('\n'))
  }
  const credits = creditLines(content)
  if (credits.length > 0) parts.push(credits.map(escapeMarkdown).join('  \n'))
  parts.push(`[阅读原文](${definitionUrl(issueUrl)})`)
  const definitions = listed.filter((note) => note.url).map((note) => `[${note.number}]: ${definitionUrl(note.url)}${note.title ? ` "${note.title.replace(/"/g, "'")}"` : ''}`)
  if (definitions.length > 0) parts.push(definitions.join('\n'))
  return { subject: issueSubject(content), markdown: `${parts.join('\n\n')}\n` }
}
