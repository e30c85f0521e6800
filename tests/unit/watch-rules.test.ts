import { describe, expect, it } from 'vitest'

import { sayIn } from '../../src/checks/say'
import { judgeAddress, parseAllowList } from '../../src/watch/address-policy'
import { canonicalUrl, isTrackingParameter } from '../../src/watch/canonical-url'
import { judgeLeadTriage } from '../../src/watch/lead-triage'
import { discoverFeedLinks, readPageMetadata } from '../../src/watch/page-metadata'
import { backoffMinutes, MAX_BACKOFF_MINUTES, MAX_RETRY_AFTER_MS, nextFetchAt, parseRetryAfter } from '../../src/watch/schedule'
import { failureText } from '../../src/watch/watch-failure'

describe('canonicalUrl', () => {
  it('removes utm_* parameters in any letter case and keeps the others in order', () => {
    expect(canonicalUrl('https://example.org/r?id=7&utm_source=mail&UTM_Medium=x&utm_campaign=c&page=2')).toBe('https://example.org/r?id=7&page=2')
  })

  it('removes the click and mail identifiers of ad and mail tools', () => {
    for (const name of ['fbclid', 'gclid', 'msclkid', 'mc_cid', 'mc_eid', '_hsenc', 'mkt_tok', 'igshid']) {
      expect(canonicalUrl(`https://example.org/r?${name}=abc`)).toBe('https://example.org/r')
    }
    expect(isTrackingParameter('utm_content')).toBe(true)
    expect(isTrackingParameter('id')).toBe(false)
    expect(isTrackingParameter('utmost')).toBe(false)
  })

  it('drops the fragment, and the "?" when no parameter is left', () => {
    expect(canonicalUrl('https://example.org/r?utm_source=x#section-2')).toBe('https://example.org/r')
    expect(canonicalUrl('https://example.org/r#top')).toBe('https://example.org/r')
  })

  it('lower-cases the host, drops the default port and credentials, keeps the path case', () => {
    expect(canonicalUrl('HTTPS://User:Secret@Example.ORG:443/Reports/A')).toBe('https://example.org/Reports/A')
    expect(canonicalUrl('http://example.org:8080/a')).toBe('http://example.org:8080/a')
  })

  it('resolves a relative link against its base', () => {
    expect(canonicalUrl('../r/1?utm_medium=rss', 'https://example.org/feeds/all/')).toBe('https://example.org/feeds/r/1')
    expect(canonicalUrl('/r/2', 'https://example.org/feeds/all')).toBe('https://example.org/r/2')
  })

  it('refuses what is not an absolute http(s) URL', () => {
    expect(canonicalUrl('')).toBeUndefined()
    expect(canonicalUrl('   ')).toBeUndefined()
    expect(canonicalUrl('/r/1')).toBeUndefined()
    expect(canonicalUrl('javascript:alert(1)')).toBeUndefined()
    expect(canonicalUrl('ftp://example.org/r')).toBeUndefined()
    expect(canonicalUrl('mailto:a@example.org')).toBeUndefined()
    expect(canonicalUrl('https://')).toBeUndefined()
  })
})

describe('the address policy', () => {
  const none = parseAllowList(undefined).list

  it('allows public addresses and refuses loopback, private, link-local, unique-local and other ranges', () => {
    expect(judgeAddress('93.184.216.34', 'example.org', none)).toEqual({ allowed: true })
    expect(judgeAddress('2606:4700::6810:84e5', 'example.org', none)).toEqual({ allowed: true })
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '255.255.255.255', '224.0.0.1']) {
      const verdict = judgeAddress(address, 'feeds.example.org', none)
      expect(verdict.allowed, address).toBe(false)
    }
  })

  it('names the host, the address and its range when it refuses', () => {
    const verdict = judgeAddress('169.254.169.254', 'metadata.example', none)
    expect(verdict).toMatchObject({ allowed: false })
    expect(verdict.allowed === false && failureText(verdict.failure, sayIn('en'))).toContain('metadata.example resolves to 169.254.169.254, a linkLocal address')
    expect(verdict.allowed === false && failureText(verdict.failure, sayIn('zh'))).toContain('metadata.example 解析为 169.254.169.254，属于链路本地地址')
  })

  it('refuses what is not an IP address', () => {
    expect(judgeAddress('example.org', 'example.org', none).allowed).toBe(false)
  })

  it('allows a CIDR range from ZHIKU_WATCH_ALLOW_HOSTS, and only that range', () => {
    const { list, invalid } = parseAllowList('127.0.0.0/29, fd00::/8')
    expect(invalid).toEqual([])
    expect(judgeAddress('127.0.0.1', 'x', list).allowed).toBe(true)
    expect(judgeAddress('127.0.0.7', 'x', list).allowed).toBe(true)
    expect(judgeAddress('127.0.0.8', 'x', list).allowed).toBe(false)
    expect(judgeAddress('fd12::1', 'x', list).allowed).toBe(true)
    expect(judgeAddress('10.0.0.1', 'x', list).allowed).toBe(false)
  })

  it('allows a single address, also written as an IPv4-mapped IPv6 address', () => {
    const { list } = parseAllowList('127.0.0.2')
    expect(judgeAddress('127.0.0.2', 'x', list).allowed).toBe(true)
    expect(judgeAddress('::ffff:127.0.0.2', 'x', list).allowed).toBe(true)
    expect(judgeAddress('127.0.0.3', 'x', list).allowed).toBe(false)
  })

  it('allows any address of a host name on the list, in any letter case and with a final dot', () => {
    const { list } = parseAllowList(' Intranet.Example. ,[::1]')
    expect(judgeAddress('10.0.0.5', 'intranet.example', list).allowed).toBe(true)
    expect(judgeAddress('10.0.0.5', 'INTRANET.example.', list).allowed).toBe(true)
    expect(judgeAddress('10.0.0.5', 'other.example', list).allowed).toBe(false)
    expect(judgeAddress('::1', 'other.example', list).allowed).toBe(true)
  })

  it('reports entries that are neither an address, a range nor a host name', () => {
    const { invalid } = parseAllowList('good.example,10.0.0.0/99,bad host!,,')
    expect(invalid).toHaveLength(2)
    expect(invalid[0]).toMatch(/^10\.0\.0\.0\/99/)
    expect(invalid[1]).toBe('bad host!')
  })
})

describe('the back-off schedule', () => {
  const now = new Date('2026-01-01T00:00:00Z')

  it('fetches again after the interval when the last fetch succeeded', () => {
    expect(backoffMinutes(60, 0)).toBe(60)
    expect(nextFetchAt({ now, intervalMinutes: 60, errorCount: 0 }).toISOString()).toBe('2026-01-01T01:00:00.000Z')
  })

  it('doubles the wait with each error in a row', () => {
    expect([1, 2, 3, 4].map((errors) => backoffMinutes(10, errors))).toEqual([20, 40, 80, 160])
  })

  it('caps the wait at a day and keeps trying there for ever', () => {
    expect(backoffMinutes(60, 5)).toBe(MAX_BACKOFF_MINUTES)
    expect(backoffMinutes(60, 10_000)).toBe(MAX_BACKOFF_MINUTES)
    expect(Number.isFinite(backoffMinutes(1, 1_000_000))).toBe(true)
  })

  it('never waits less than the interval, even one longer than the cap, nor under a minute', () => {
    expect(backoffMinutes(2 * 24 * 60, 3)).toBe(2 * 24 * 60)
    expect(backoffMinutes(0, 0)).toBe(1)
  })

  it('lets Retry-After push the next fetch later, never earlier', () => {
    const later = new Date('2026-01-01T05:00:00Z')
    const sooner = new Date('2026-01-01T00:05:00Z')
    expect(nextFetchAt({ now, intervalMinutes: 60, errorCount: 0, retryAfter: later })).toEqual(later)
    expect(nextFetchAt({ now, intervalMinutes: 60, errorCount: 0, retryAfter: sooner }).toISOString()).toBe('2026-01-01T01:00:00.000Z')
  })

  it('reads Retry-After in seconds or as an HTTP date, capped at a week', () => {
    expect(parseRetryAfter('120', now)?.toISOString()).toBe('2026-01-01T00:02:00.000Z')
    expect(parseRetryAfter('Thu, 01 Jan 2026 03:00:00 GMT', now)?.toISOString()).toBe('2026-01-01T03:00:00.000Z')
    expect(parseRetryAfter('99999999', now)?.getTime()).toBe(now.getTime() + MAX_RETRY_AFTER_MS)
  })

  it('ignores a missing, past, zero or unreadable Retry-After', () => {
    for (const header of [null, undefined, '', '0', '-5', 'soon', 'Wed, 31 Dec 2025 00:00:00 GMT']) expect(parseRetryAfter(header, now)).toBeUndefined()
  })
})

describe('lead triage', () => {
  const judge = (before: Parameters<typeof judgeLeadTriage>[0]['before'], after: Parameters<typeof judgeLeadTriage>[0]['after'], startingArticle = false) =>
    judgeLeadTriage({ before, after, actorId: 7, startingArticle, say: sayIn('en') })

  it('claims a new lead for whoever claims it', () => {
    expect(judge({ status: 'new' }, { status: 'claimed' })).toEqual({ ok: true, patch: { claimedBy: 7 } })
    expect(judge({ status: 'new' }, { status: 'claimed', claimedBy: 3 })).toEqual({ ok: true, patch: {} })
  })

  it('skips only with a reason', () => {
    expect(judge({ status: 'new' }, { status: 'skipped', skipReason: '  ' })).toMatchObject({ ok: false, status: 400 })
    expect(judge({ status: 'claimed' }, { status: 'skipped', skipReason: 'Off topic' })).toEqual({ ok: true, patch: {} })
  })

  it('sets "used" only by starting an article', () => {
    expect(judge({ status: 'claimed' }, { status: 'used' })).toMatchObject({ ok: false, status: 400 })
    expect(judge({ status: 'claimed' }, { status: 'used' }, true)).toEqual({ ok: true, patch: {} })
  })

  it('keeps a used lead used', () => {
    for (const status of ['new', 'claimed', 'skipped'] as const) expect(judge({ status: 'used' }, { status })).toMatchObject({ ok: false, status: 409 })
    expect(judge({ status: 'used' }, { status: 'used' })).toEqual({ ok: true, patch: {} })
  })

  it('clears the claim and the skip reason when a lead goes back to new', () => {
    expect(judge({ status: 'skipped', skipReason: 'x', claimedBy: 3 }, { status: 'new' })).toEqual({ ok: true, patch: { claimedBy: null, skipReason: null } })
  })

  it('takes a lead without a status as new', () => {
    expect(judge(undefined, {})).toEqual({ ok: true, patch: {} })
    expect(judge(undefined, { status: 'used' })).toMatchObject({ ok: false, status: 400 })
  })
})

describe('reading a page', () => {
  const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`

  it('finds the feeds a page names, resolved against the page and its <base>, RSS before JSON', () => {
    const html = page(
      '<base href="/en/"><link rel="alternate" type="application/feed+json" href="feed.json"><link rel="Alternate" type="application/rss+xml; charset=utf-8" href="rss.xml"><link rel="stylesheet" href="a.css"><link rel="alternate" type="text/html" href="x.html"><link rel="alternate" type="application/atom+xml" href="javascript:alert(1)">',
    )
    expect(discoverFeedLinks(html, 'https://think.example/about')).toEqual(['https://think.example/en/rss.xml', 'https://think.example/en/feed.json'])
    expect(discoverFeedLinks(page(''), 'https://think.example/')).toEqual([])
  })

  it('prefers citation_* over Dublin Core, JSON-LD and OpenGraph, and reads several authors', () => {
    const html = page(
      '<title>Page title</title><meta name="citation_title" content="The Report &amp; Its Findings"><meta name="DC.title" content="DC title"><meta property="og:title" content="OG title"><meta name="citation_author" content="Ann Lee"><meta name="citation_author" content="Bo Chen"><meta name="citation_author" content="ann lee"><meta name="citation_publication_date" content="2025/03/14"><meta name="citation_abstract" content="<p>First.</p><script>x()</script><p>Second.</p>"><meta name="citation_publisher" content="Think Example">',
    )
    const read = readPageMetadata(html, 'https://think.example/r/1?utm_source=x#top')
    expect(read).toMatchObject({ title: 'The Report & Its Findings', authors: ['Ann Lee', 'Bo Chen'], summary: 'First.\nSecond.', siteName: 'Think Example', url: 'https://think.example/r/1' })
    expect(read.publishedAt?.toISOString().slice(0, 10)).toBe('2025-03-14')
  })

  it('takes the canonical link as the URL, without tracking parameters', () => {
    const read = readPageMetadata(page('<link rel="canonical" href="/reports/ai-standards?utm_medium=social"><meta property="og:url" content="https://other.example/x">'), 'https://think.example/r?id=1')
    expect(read.url).toBe('https://think.example/reports/ai-standards')
  })

  it('falls back to Dublin Core, then JSON-LD (a report before a web page), then OpenGraph, then <title>', () => {
    expect(readPageMetadata(page('<meta name="dc.title" content="DC"><meta name="dc.creator" content="Dee"><meta property="og:title" content="OG">'), 'https://t.example/').title).toBe('DC')
    const ld = JSON.stringify({ '@graph': [{ '@type': 'WebPage', name: 'The page' }, { '@type': 'Report', headline: 'LD report', author: [{ name: 'Lin Wu' }, 'Max Roe'], datePublished: '2025-02-01' }] })
    const fromLd = readPageMetadata(page(`<script type="application/ld+json">${ld}</script><meta property="og:title" content="OG">`), 'https://t.example/')
    expect(fromLd).toMatchObject({ title: 'LD report', authors: ['Lin Wu', 'Max Roe'] })
    expect(fromLd.publishedAt?.toISOString().slice(0, 10)).toBe('2025-02-01')
    expect(readPageMetadata(page('<meta property="og:title" content="OG &lt;b&gt;x&lt;/b&gt;">'), 'https://t.example/').title).toBe('OG x')
    expect(readPageMetadata(page('<title> Only   the title </title>'), 'https://t.example/').title).toBe('Only the title')
  })

  it('ignores broken JSON-LD, author URLs and impossible dates', () => {
    const read = readPageMetadata(page('<script type="application/ld+json">{ broken</script><meta name="author" content="https://x.example/me"><meta name="author" content="Kim"><meta name="citation_date" content="0001-01-01"><title>T</title>'), 'https://t.example/')
    expect(read).toMatchObject({ title: 'T', authors: ['Kim'] })
    expect(read.publishedAt).toBeUndefined()
  })
})
