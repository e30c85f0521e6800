import { describe, expect, it } from 'vitest'

import { lexicalToPlainText, paragraphsToLexical } from '../../src/richtext/lexical-json'

describe('paragraphsToLexical', () => {
  it('keeps each paragraph verbatim and in order', () => {
    const paragraphs = ['第一段,含ai与iso/iec。', '第二段“引号”(括号)']
    const document = paragraphsToLexical(paragraphs)
    expect(document.root.children).toHaveLength(2)
    expect(lexicalToPlainText(document)).toBe(paragraphs.join('\n'))
  })

  it('writes an empty paragraph without a text node', () => {
    expect(paragraphsToLexical(['']).root.children[0]?.children).toEqual([])
  })
})

describe('lexicalToPlainText', () => {
  it('reads nested inline nodes such as links', () => {
    const document = paragraphsToLexical(['x'])
    document.root.children = [
      {
        type: 'paragraph',
        version: 1,
        children: [
          { type: 'text', version: 1, text: '见' },
          { type: 'link', version: 1, children: [{ type: 'text', version: 1, text: 'CSIS 报告' }] },
        ],
      },
    ]
    expect(lexicalToPlainText(document)).toBe('见CSIS 报告')
  })

  it('gives an empty string for no document', () => {
    expect(lexicalToPlainText(null)).toBe('')
  })
})
