import { expect, type APIRequestContext } from '@playwright/test'

import { paragraphsToLexical, type LexicalDocument } from '../../src/richtext/lexical-json'
import { DEMO_PASSWORD } from './helpers'

export async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { token: string }).token
}

/** A one-paragraph Lexical body, optionally ending in a link to any URL (for the safety tests). */
export function lexicalBody(value: string, link?: { url: string; label: string }): LexicalDocument {
  const document = paragraphsToLexical([value])
  if (link) {
    document.root.children[0]!.children!.push({
      type: 'link',
      version: 3,
      fields: { url: link.url, linkType: 'custom', newTab: false },
      children: [{ type: 'text', version: 1, text: link.label, format: 0, style: '', mode: 'normal', detail: 0 }],
    })
  }
  return document
}

/** The editor's draft issue with one article and one source, written through REST. */
export async function draftIssue(
  request: APIRequestContext,
  { stamp, title, headline, body }: { stamp: string; title: string; headline: string; body: LexicalDocument },
) {
  const headers = { Authorization: `JWT ${await apiToken(request, 'editor@example.com')}` }
  const post = async (path: string, data: unknown) => {
    const response = await request.post(`/api/${path}`, { headers, data })
    expect(response.status(), await response.text()).toBe(201)
    return ((await response.json()) as { doc: { id: number; slug: string } }).doc
  }
  const newsletters = (await (await request.get('/api/newsletters?where[slug][equals]=haiwai-zhiku-guancha', { headers })).json()) as {
    docs: { id: number }[]
  }
  const thinkTank = await post('think-tanks', { name: `兰德公司${stamp}`, nameEn: `RAND Corporation ${stamp}`, acronym: 'RAND', domains: ['rand.org'] })
  const source = await post('sources', { title: `Report ${stamp}`, url: `https://www.rand.org/pubs/${stamp}.html`, thinkTank: thinkTank.id, publishedAt: '2024-05' })
  const article = await post('articles', { headline, thinkTank: thinkTank.id, body, sources: [source.id], slug: `article-${stamp}` })
  const issue = await post('issues', {
    title,
    slug: `issue-${stamp}`,
    number: 1000 + Math.floor(Math.random() * 1_000_000),
    newsletter: newsletters.docs[0]!.id,
    articles: [article.id],
  })
  return { issue, article, thinkTank }
}

/** Takes an issue through the whole chain with the demo accounts, over REST. */
export async function publishThroughChain(request: APIRequestContext, issueId: number) {
  for (const [email, action] of [
    ['editor@example.com', 'submit'],
    ['reviewer@example.com', 'approve'],
    ['layout@example.com', 'approve'],
    ['final1@example.com', 'approve'],
    ['final2@example.com', 'approve'],
  ] as const) {
    const token = await apiToken(request, email)
    const response = await request.post(`/api/issues/${issueId}/workflow`, { headers: { Authorization: `JWT ${token}` }, data: { action } })
    expect(response.status(), await response.text()).toBe(200)
  }
}

/** The whole sitemap as one text: the index at /sitemap.xml and every part it names. */
export async function wholeSitemap(request: APIRequestContext): Promise<string> {
  const index = await request.get('/sitemap.xml')
  expect(index.ok()).toBe(true)
  const text = await index.text()
  expect(text).toContain('<sitemapindex')
  const parts = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
  expect(parts[0]).toBe('/sitemaps/pages.xml')
  const bodies = await Promise.all(parts.map(async (part) => (await request.get(part)).text()))
  return [text, ...bodies].join('\n')
}
