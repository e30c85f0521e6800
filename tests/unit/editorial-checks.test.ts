import { describe, expect, it } from 'vitest'

import { runEditorialChecks } from '../../src/checks/run-checks'
import { countErrors } from '../../src/checks/types'

const source = (id: number, url = `https://csis.org/${id}`) => ({ id, url, title: `S${id}` })

describe('runEditorialChecks', () => {
  it('finds nothing wrong with a complete issue', () => {
    expect(runEditorialChecks({ articles: [{ id: 1, headline: 'A', sources: [source(1)] }] })).toEqual([])
  })

  it('reports an issue without articles', () => {
    expect(runEditorialChecks({ articles: [] }).map((f) => f.code)).toEqual(['issue-without-articles'])
  })

  it('reports each article that cites no source, naming it', () => {
    const findings = runEditorialChecks({ articles: [{ id: 7, headline: '无出处', sources: [] }] })
    expect(findings).toEqual([expect.objectContaining({ code: 'article-without-source', location: 'article:7', severity: 'error' })])
    expect(findings[0]?.message).toContain('无出处')
  })

  it('reports a source URL that is not http(s) once even when cited twice', () => {
    const bad = source(3, 'javascript:alert(1)')
    const findings = runEditorialChecks({
      articles: [
        { id: 1, sources: [bad] },
        { id: 2, sources: [bad] },
      ],
    })
    expect(findings.map((f) => f.location)).toEqual(['source:3'])
    expect(countErrors(findings)).toBe(1)
  })
})
