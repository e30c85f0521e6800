import { Parser } from 'htmlparser2'

/*
 * Markup to plain text (htmlparser2 decodes entities): text of elements that show text, never of
 * script/style; block elements become line breaks; whitespace collapsed.
 */

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'])
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'section', 'article', 'figure', 'figcaption', 'pre', 'table'])

export function plainText(markup: string | null | undefined, maxLength = 4000): string {
  if (!markup) return ''
  const parts: string[] = []
  let skipping = 0
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipping += 1
        else if (BLOCKS.has(name)) parts.push('\n')
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1)
        else if (BLOCKS.has(name)) parts.push('\n')
      },
      ontext(text) {
        if (skipping === 0) parts.push(text)
      },
    },
    { decodeEntities: true },
  )
  parser.write(markup)
  parser.end()
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text
}

/** A one-line plain text (titles, names). */
export const plainLine = (markup: string | null | undefined, maxLength = 1000): string =>
  plainText(markup, maxLength).replace(/\n/g, ' ').trim()
