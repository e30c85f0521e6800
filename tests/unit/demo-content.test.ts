import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { DEMO_ARTICLES, DEMO_ISSUE, DEMO_SOURCES, DEMO_THINK_TANKS } from '../../src/demo/demo-content'
import { urlDomain } from '../../src/validation/url'

const fixture = path.resolve('tests/fixtures/seed-issue.txt')
const seedLines = readFileSync(fixture, 'utf8').split('\n')

describe('demo content', () => {
  it('is the seed issue of ../shared/seed when that copy is present', () => {
    const shared = path.resolve('../shared/seed/000_f0454569f94e6557.txt')
    if (!existsSync(shared)) return
    expect(readFileSync(fixture, 'utf8')).toBe(readFileSync(shared, 'utf8'))
  })

  it('keeps the intro and every article paragraph verbatim, in the seed order', () => {
    const paragraphs = [...DEMO_ISSUE.intro, ...DEMO_ARTICLES.flatMap((article) => article.body)]
    const positions = paragraphs.map((paragraph) => seedLines.indexOf(paragraph))
    expect(positions.every((position) => position > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('has the headlines and numbered reference URLs of the seed', () => {
    for (const article of DEMO_ARTICLES) expect(seedLines).toContain(article.headline)
    DEMO_SOURCES.forEach((source, index) => expect(seedLines).toContain(`${index + 1}.${source.url}`))
  })

  it('credits the people named in the seed', () => {
    const names = DEMO_ISSUE.credits.map((credit) => credit.name)
    expect(names).toEqual(['赵杨博', '李森', '梁正', '鲁俊群'])
    expect(seedLines).toContain('排版:李森(北京工商大学)')
  })

  it("files each source under the think tank whose domain its URL is on", () => {
    for (const source of DEMO_SOURCES) {
      const thinkTank = DEMO_THINK_TANKS.find((candidate) => candidate.slug === source.thinkTankSlug)
      expect(thinkTank?.domains).toContain(urlDomain(source.url))
    }
  })
})
