import { describe, expect, it } from 'vitest'

import { excerptAround, highlight, queryTerms, searchDocuments } from '../../src/search/search-text'

const docs = [
  { item: 'csis', title: '美国推动ai标准的法律基础与国际结构战略', text: '这篇报告并不局限于出口控制本身，也讨论出口管制与标准主导。' },
  { item: 'carnegie', title: '生成式人工智能治理路径与中国标准输出机制', text: '该文聚焦中国政府如何建立一套系统性的生成式人工智能监管制度。' },
  { item: 'rand', title: 'Securing AI model weights', text: 'RAND examines how labs protect model weights.' },
]

describe('queryTerms', () => {
  it('cuts a Chinese query into words and drops punctuation and spaces', () => {
    expect(queryTerms('出口管制，标准')).toEqual(expect.arrayContaining(['标准']))
    expect(queryTerms('  ！？  ')).toEqual([])
  })

  it('lower-cases Latin words and folds full-width letters', () => {
    expect(queryTerms('ＡＩ Model')).toEqual(['ai', 'model'])
  })
})

describe('searchDocuments', () => {
  it('finds Chinese phrases inside unspaced text', () => {
    expect(searchDocuments(docs, '出口管制').map((hit) => hit.item)).toEqual(['csis'])
    expect(searchDocuments(docs, '生成式').map((hit) => hit.item)).toEqual(['carnegie'])
  })

  it('needs every word, and ranks title matches first', () => {
    expect(searchDocuments(docs, '标准 中国').map((hit) => hit.item)).toEqual(['carnegie'])
    expect(searchDocuments(docs, '标准').map((hit) => hit.item)).toEqual(['csis', 'carnegie'])
  })

  it('finds English words in any case', () => {
    expect(searchDocuments(docs, 'WEIGHTS').map((hit) => hit.item)).toEqual(['rand'])
  })

  it('answers an empty or nonsense query with nothing', () => {
    expect(searchDocuments(docs, '')).toEqual([])
    expect(searchDocuments(docs, 'qzxqzx')).toEqual([])
  })
})

describe('highlight and excerpt', () => {
  it('marks each occurrence of the terms', () => {
    expect(highlight('出口管制与出口', ['出口'])).toEqual([
      { text: '出口', match: true },
      { text: '管制与', match: false },
      { text: '出口', match: true },
    ])
  })

  it('cuts an excerpt around the first match', () => {
    expect(excerptAround('a'.repeat(100) + '目标' + 'b'.repeat(100), ['目标'], 5)).toBe('…aaaaa目标bbb…')
  })
})
