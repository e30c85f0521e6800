import { describe, expect, it } from 'vitest'

import { readPageMetadata } from '../../src/watch/page-metadata'

const page = (head: string) => `<html><head><title>A report</title>${head}</head><body></body></html>`

describe('a report page names its canonical address only on its own site', () => {
  it('takes a canonical link on the same site or a subdomain of it', () => {
    expect(readPageMetadata(page('<link rel="canonical" href="https://www.csis.org/analysis/x">'), 'https://csis.org/analysis/x?utm_source=a').url).toBe(
      'https://www.csis.org/analysis/x',
    )
  })
  it('ignores a canonical link, citation URL or og:url on another site', () => {
    const html = page(
      '<link rel="canonical" href="https://www.brookings.edu/real-report"><meta name="citation_public_url" content="https://rand.org/x"><meta property="og:url" content="https://evil.example/y">',
    )
    expect(readPageMetadata(html, 'https://attacker.example/page').url).toBe('https://attacker.example/page')
  })
})
