import type { LexicalDocument, LexicalNode } from '../richtext/lexical-json'
import { safeHref } from '../site/safe-href'

/*
 * One walk over Lexical JSON for every distribution format (WeChat HTML, email HTML, Markdown, plain
 * text). A format says how to write text, links and blocks; the walk decides what is a block and which
 * link targets survive (http(s) and mailto only: internal links and javascript: become plain text).
 */
export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'bullet-list' | 'number-list' | 'list-item' | 'rule'

export type LexicalFormat = {
  text: (text: string, format: number) => string
  /** `href` is null when the target is not a safe absolute link; `label` is the already written inside. */
  link: (href: string | null, label: string, plainLabel: string) => string
  block: (kind: BlockKind, inner: string, depth: number) => string
  lineBreak: string
  /** Between consecutive blocks of one container. */
  blockSeparator: string
}

/** Lexical's text format bit flags. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const

const isBlock = (node: LexicalNode) => ['paragraph', 'heading', 'quote', 'list', 'listitem', 'horizontalrule'].includes(node.type)

function linkTarget(node: LexicalNode): string | null {
  const fields = (node.fields ?? {}) as { url?: unknown; linkType?: unknown }
  if (fields.linkType === 'internal') return null
  return safeHref(fields.url ?? node.url)
}

function plainText(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(plainText).join('')
}

function blockKind(node: LexicalNode): BlockKind {
  switch (node.type) {
    case 'heading':
      return 'heading'
    case 'quote':
      return 'quote'
    case 'list':
      return node.listType === 'number' ? 'number-list' : 'bullet-list'
    case 'listitem':
      return 'list-item'
    case 'horizontalrule':
      return 'rule'
    default:
      return 'paragraph'
  }
}

function writeInline(node: LexicalNode, format: LexicalFormat, depth: number): string {
  if (node.type === 'text') return format.text(node.text ?? '', typeof node.format === 'number' ? node.format : 0)
  if (node.type === 'linebreak') return format.lineBreak
  if (node.type === 'tab') return format.text(' ', 0)
  if (node.type === 'link' || node.type === 'autolink') {
    const label = (node.children ?? []).map((child) => writeInline(child, format, depth)).join('')
    return format.link(linkTarget(node), label, plainText(node))
  }
  if (isBlock(node)) return writeBlock(node, format, depth)
  // Unknown inline nodes keep their text.
  return (node.children ?? []).map((child) => writeInline(child, format, depth)).join('')
}

function writeChildren(children: readonly LexicalNode[], format: LexicalFormat, depth: number): string {
  const parts: string[] = []
  let inline = ''
  for (const child of children) {
    if (isBlock(child)) {
      if (inline) parts.push(format.block('paragraph', inline, depth))
      inline = ''
      parts.push(writeBlock(child, format, depth))
    } else {
      inline += writeInline(child, format, depth)
    }
  }
  if (inline) parts.push(format.block('paragraph', inline, depth))
  return parts.join(format.blockSeparator)
}

function writeBlock(node: LexicalNode, format: LexicalFormat, depth: number): string {
  const kind = blockKind(node)
  if (kind === 'rule') return format.block('rule', '', depth)
  const children = node.children ?? []
  if (kind === 'bullet-list' || kind === 'number-list') {
    return format.block(kind, children.map((child) => writeBlock(child, format, depth + 1)).join(format.blockSeparator), depth)
  }
  const inner = children.some(isBlock) ? writeChildren(children, format, depth) : children.map((child) => writeInline(child, format, depth)).join('')
  return format.block(kind, inner, depth)
}

/** A rich-text document written in `format`; empty paragraphs are dropped. */
export function writeLexical(document: unknown, format: LexicalFormat): string {
  const root = (document as LexicalDocument | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return ''
  const blocks = (root.children).filter((node) => !(node.type === 'paragraph' && plainText(node).trim() === ''))
  return writeChildren(blocks, format, 0)
}
