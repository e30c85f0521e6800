import { describe, expect, it } from 'vitest'

import { contentFingerprint, signoffHash, signoffStillCovers } from '../../src/workflow/content-fingerprint'

const base = () => ({
  issue: { title: '第1期', number: 1, slug: 'x', newsletter: 1, intro: { root: { children: [] } }, articleIds: [1, 2], cover: null },
  articles: [
    { id: 1, headline: '甲', body: { a: 1 }, thinkTank: 3, sourceIds: [5] },
    { id: 2, headline: '乙', body: { a: 2 }, thinkTank: 4, sourceIds: [6] },
  ],
  sources: [
    { id: 5, title: 'S5', url: 'https://csis.org/5', thinkTank: 3 },
    { id: 6, title: 'S6', url: 'https://carnegieendowment.org/6', thinkTank: 4 },
  ],
})

describe('contentFingerprint', () => {
  it('is the same for the same content, whatever the key or array order of loading', () => {
    const a = base()
    const b = base()
    b.articles.reverse()
    b.sources.reverse()
    expect(contentFingerprint(a)).toEqual(contentFingerprint(b))
  })

  it('changes its text part when a source URL or an article body changes', () => {
    const before = contentFingerprint(base())
    const changedSource = base()
    changedSource.sources[0]!.url = 'https://csis.org/other'
    const changedBody = base()
    changedBody.articles[1]!.body = { a: 3 }
    expect(contentFingerprint(changedSource).text).not.toBe(before.text)
    expect(contentFingerprint(changedBody).text).not.toBe(before.text)
  })

  it('changes only its presentation part when the article order or cover changes', () => {
    const before = contentFingerprint(base())
    const reordered = base()
    reordered.issue.articleIds = [2, 1]
    const after = contentFingerprint(reordered)
    expect(after.text).toBe(before.text)
    expect(after.presentation).not.toBe(before.presentation)
  })
})

describe('signoffStillCovers', () => {
  const now = { text: 'T', presentation: 'P' }
  it('binds 审核 to the text and 排版/终审 to text and presentation', () => {
    expect(signoffStillCovers('review', signoffHash({ text: 'T', presentation: 'old' }), now)).toBe(true)
    expect(signoffStillCovers('layout', signoffHash({ text: 'T', presentation: 'old' }), now)).toBe(false)
    expect(signoffStillCovers('final', signoffHash(now), now)).toBe(true)
    expect(signoffStillCovers('review', signoffHash({ text: 'old', presentation: 'P' }), now)).toBe(false)
  })
})
