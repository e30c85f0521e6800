/**
 * Lexical's serialized editor state, as stored by @payloadcms/richtext-lexical. Only the node
 * shapes this project writes or reads are typed; others pass through as LexicalNode.
 */
export type LexicalNode = {
  type: string
  version: number
  children?: LexicalNode[]
  text?: string
  [key: string]: unknown
}

export type LexicalDocument = {
  root: {
    type: 'root'
    children: LexicalNode[]
    direction: 'ltr' | 'rtl' | null
    format: '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify'
    indent: number
    version: number
    [key: string]: unknown
  }
  [key: string]: unknown
}

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  version: 1,
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})

const paragraphNode = (text: string): LexicalNode => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: text === '' ? [] : [textNode(text)],
})

/** A rich-text document with one plain paragraph per string, text kept verbatim. */
export function paragraphsToLexical(paragraphs: readonly string[]): LexicalDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: paragraphs.map(paragraphNode),
    },
  }
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem'])

function collectText(node: LexicalNode, blocks: string[], current: string[]): void {
  if (typeof node.text === 'string') current.push(node.text)
  if (node.type === 'linebreak') current.push('\n')
  for (const child of node.children ?? []) {
    if (BLOCK_TYPES.has(child.type)) {
      const inner: string[] = []
      collectText(child, blocks, inner)
      blocks.push(inner.join(''))
    } else {
      collectText(child, blocks, current)
    }
  }
}

/** The plain text of a document, one line per block (paragraph, heading, quote, list item). */
export function lexicalToPlainText(document: LexicalDocument | null | undefined): string {
  if (!document?.root) return ''
  const blocks: string[] = []
  const loose: string[] = []
  collectText(document.root, blocks, loose)
  if (loose.length > 0) blocks.push(loose.join(''))
  return blocks.join('\n')
}
