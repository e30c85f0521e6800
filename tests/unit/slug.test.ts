import { describe, expect, it } from 'vitest'

import { isSlug, slugify } from '../../src/validation/slug'

describe('slugify', () => {
  it('makes a slug from Latin text', () => {
    expect(slugify('Center for Strategic & International Studies')).toBe('center-for-strategic-international-studies')
    expect(slugify("China's Approach to Regulating Generative AI")).toBe('chinas-approach-to-regulating-generative-ai')
    expect(slugify('  Émile Durkheim — Études ')).toBe('emile-durkheim-etudes')
  })

  it('gives nothing for Chinese text, so an editor types the slug', () => {
    expect(slugify('美国战略与国际研究中心')).toBe('')
  })

  it('keeps the Latin part of mixed text', () => {
    expect(slugify('卡内基 Carnegie 2025')).toBe('carnegie-2025')
  })

  it('always produces a valid slug or nothing', () => {
    for (const text of ['A', 'a--b', '-x-', 'x'.repeat(300), '!!!']) {
      const slug = slugify(text)
      expect(slug === '' || isSlug(slug)).toBe(true)
    }
  })
})

describe('isSlug', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    expect(isSlug('csis-ai-standards-2025')).toBe(true)
  })

  it.each(['CSIS', 'a_b', 'a--b', '-a', 'a-', '中文', 'a b', ''])('refuses %j', (value) => expect(isSlug(value)).toBe(false))
})
